import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// The facilitator's addresses: the projector's page, its view as JSON, the results switch, the
/// join cards. The event stream is in `RoomEventsTests` (live mode).
struct FacilitatorRoutesTests {
    @Test func theProjectorsPageAndItsView() async throws {
        let room = try await RoomUnderTest()
        let token = room.facilitator
        let live = room.room
        try await room.test { client in
            let length = try await client.execute(uri: "/f/\(token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                Headers.expectGuarded(response)
                #expect(response.text.contains("Engaging Schools"))
                return response.body.readableBytes
            }
            try await client.execute(uri: "/f/\(token)", method: .head) { response in
                #expect(response.status == .ok && response.body.readableBytes == 0)
                #expect(response.headers[.contentLength] == String(length))
            }
            try await client.execute(uri: "/f/\(token)/view", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                Headers.expectGuarded(response)
                let (got, expected) = try (Self.sorted(response.text), Self.sorted(LiveRoom.json(live.view())))
                #expect(got == expected, "the room's view")
                #expect(response.json["title"] as? String == "Engaging Schools - what works for whom")
            }
            try await client.execute(uri: "/f/\(token)/view", method: .head) { response in
                #expect(response.status == .ok && response.body.readableBytes == 0)
                #expect(response.headers[.contentType] == "application/json")
                Headers.expectGuarded(response)
            }
        }
    }

    /// JSON with its keys sorted, to compare two encodings of one value.
    static func sorted(_ json: String) throws -> Data {
        try JSONSerialization.data(withJSONObject: JSONSerialization.jsonObject(with: Data(json.utf8)), options: .sortedKeys)
    }

    @Test func theResultsSwitchHidesAndShowsAndRedirectsBack() async throws {
        let room = try await RoomUnderTest()
        let token = room.facilitator
        let live = room.room
        try await room.test { client in
            for (body, hidden) in [("", true), ("show=1", false)] {
                try await client.execute(uri: "/f/\(token)/results", method: .post, headers: Headers.form,
                                         body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == "/f/\(token)")
                    Headers.expectGuarded(response)
                }
                #expect(live.hideResults == hidden, "after '\(body)'")
            }
            try await client.execute(uri: "/f/\(token)/results", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: String(repeating: "x", count: 9 * 1024))) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.text == "413: content too large\n")
                Headers.expectGuarded(response)
            }
        }
    }

    @Test func theJoinCardsCarryEveryTablesLink() async throws {
        let room = try await RoomUnderTest()
        let (facilitator, links) = (room.facilitator, ["table-1", "table-5"].map { "/g/" + room.token($0) })
        try await room.test { client in
            try await client.execute(uri: "/f/\(facilitator)/cards", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                Headers.expectGuarded(response)
                for link in links {
                    #expect(response.text.contains(link), "\(link)")
                }
            }
            try await client.execute(uri: "/f/\(facilitator)/cards", method: .head) { response in
                #expect(response.status == .ok && response.body.readableBytes == 0)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                Headers.expectGuarded(response)
            }
        }
    }
}
