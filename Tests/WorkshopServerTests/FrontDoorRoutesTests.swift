import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WorkshopServer

/// The addresses without a token, and what every other address answers when the token is wrong:
/// status, type, the guard headers on errors too, the body.
struct FrontDoorRoutesTests {
    @Test func theFrontDoorIsAPageAndHeadAnswersItsLength() async throws {
        try await RoomUnderTest().test { client in
            let length = try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                Headers.expectGuarded(response)
                #expect(response.text.contains("<h1>Workshop room</h1>"))
                return response.body.readableBytes
            }
            try await client.execute(uri: "/", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.contentLength] == String(length))
                Headers.expectGuarded(response)
            }
        }
    }

    @Test func assetsAreServedAndAMissingOneIsNotFound() async throws {
        try await RoomUnderTest().test { client in
            try await client.execute(uri: "/assets/room.css", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(response.body.readableBytes > 100)
                Headers.expectGuarded(response)
            }
            try await client.execute(uri: "/assets/room.css", method: .head) { response in
                #expect(response.status == .ok && response.body.readableBytes == 0)
            }
            try await client.execute(uri: "/assets/secrets.txt", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.text == "no such file\n")
                Headers.expectGuarded(response)
            }
        }
    }

    @Test func anUnknownAddressIsNotFoundWithTheGuardHeaders() async throws {
        try await RoomUnderTest().test { client in
            for uri in ["/nowhere", "/assets", "/index.html"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                    #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                    #expect(response.text == "404: no such page\n", "\(uri)")
                    Headers.expectGuarded(response)
                }
            }
        }
    }

    /// A wrong, missing or malformed token is 403 wherever it stands, in the format the address
    /// answers in: text for pages, JSON for the view and for a script's answer.
    @Test func aWrongTokenIsForbiddenEverywhere() async throws {
        let room = try await RoomUnderTest()
        let facilitator = room.facilitator
        let table = room.token()
        let forbidden = "403: this link is not one of this room's; ask the facilitator for your table's link\n"
        try await room.test { client in
            let wrong = String(repeating: "0", count: 32)
            // A table's token is not the facilitator's, nor the other way round.
            let pages = ["/g/\(wrong)", "/g/\(facilitator)", "/g", "/g/", "/g/\(table)/nothing-here", "/f/\(wrong)", "/f/\(table)",
                         "/f/\(wrong)/cards", "/f/\(wrong)/events", "/f", "/f/\(facilitator)/nothing-here"]
            for uri in pages {
                for method in [HTTPRequest.Method.get, .head] {
                    try await client.execute(uri: uri, method: method) { response in
                        #expect(response.status == .forbidden, "\(method) \(uri)")
                        Headers.expectGuarded(response)
                        #expect(response.text == (method == .get ? forbidden : ""), "\(method) \(uri)")
                    }
                }
            }
            try await client.execute(uri: "/f/\(table)/view", method: .get) { response in
                #expect(response.status == .forbidden)
                #expect(response.headers[.contentType] == "application/json")
                #expect((response.json["error"] as? String)?.hasPrefix("this link is not one of this room's") == true)
                Headers.expectGuarded(response)
            }
            try await client.execute(uri: "/f/\(wrong)/results", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "show=1")) { response in
                #expect(response.status == .forbidden && response.text == forbidden)
            }
            try await client.execute(uri: "/g/\(wrong)/answers", method: .post, headers: Headers.json,
                                     body: ByteBuffer(string: #"{"activity":"drop-in","answer":"3","key":"k1"}"#)) { response in
                #expect(response.status == .forbidden)
                #expect(response.headers[.contentType] == "application/json")
                Headers.expectGuarded(response)
            }
            try await client.execute(uri: "/g/\(wrong)/answers", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "activity=drop-in&answer=3&key=k1")) { response in
                #expect(response.status == .forbidden && response.text == forbidden)
            }
        }
        #expect(try room.records("answer").isEmpty, "nothing written")
    }
}
