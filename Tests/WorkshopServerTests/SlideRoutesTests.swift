import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// `POST /f/TOKEN/slide` puts a slide on every screen (its view says so, a reload shows it);
/// `GET /f/TOKEN/slide` renders one for the page's script; `?slide=` shows one on this screen only.
struct SlideRoutesTests {
    @Test func aSlidePostedIsTheRoomsAndEveryScreenShowsIt() async throws {
        let room = try await RoomUnderTest()
        let token = room.facilitator
        let live = room.room
        try await room.test { client in
            #expect(live.view().slide == "matrix", "the room starts at the matrix")
            try await client.execute(uri: "/f/\(token)/slide", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "slide=coverage")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/f/\(token)")
                Headers.expectGuarded(response)
            }
            #expect(live.slides.shown.slide == .coverage)
            try await client.execute(uri: "/f/\(token)/view", method: .get) { response in
                #expect(response.json["slide"] as? String == "coverage", "the view the stream sends names it")
            }
            try await client.execute(uri: "/f/\(token)", method: .get) { response in
                #expect(response.text.contains("id=\"coverage-board\""), "a reload shows the board")
                #expect(!response.text.contains("id=\"matrix\""))
            }
            try await client.execute(uri: "/f/\(token)/slide", method: .post, headers: Headers.json,
                                     body: ByteBuffer(string: #"{"slide":"activity-drop-in","page":0}"#)) { response in
                #expect(response.status == .ok)
                #expect(response.json["slide"] as? String == "activity-drop-in")
            }
            try await client.execute(uri: "/f/\(token)/slide", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.text.hasPrefix("<section class=\"slide-body\""), "the slide alone, for the script")
                #expect(response.text.contains("data-slide=\"activity-drop-in\""))
                #expect(response.text.contains("data-prev=\"activity-consultations\""), "the arrow keys' way back")
                #expect(response.text.contains("Drop-in desk in the School"))
            }
            try await client.execute(uri: "/f/\(token)?slide=highlights", method: .get) { response in
                #expect(response.text.contains("data-slide=\"highlights\""), "?slide= shows that slide here")
            }
            #expect(live.slides.shown.slide == .activity("drop-in"), "a link shown on one screen moves none")
        }
    }

    @Test func aSlideTheSessionHasNotIsRefused() async throws {
        let room = try await RoomUnderTest()
        let (token, table) = (room.facilitator, room.token("table-1"))
        let live = room.room
        try await room.test { client in
            for body in ["slide=activity-nothing", "slide=slides", ""] {
                try await client.execute(uri: "/f/\(token)/slide", method: .post, headers: Headers.form,
                                         body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .badRequest, "\(body)")
                    #expect(response.text.contains("no slide"), "\(body)")
                }
            }
            try await client.execute(uri: "/f/\(token)/slide", method: .post, headers: Headers.json,
                                     body: ByteBuffer(string: "{")) { response in
                #expect(response.status == .badRequest)
                #expect(response.json["error"] as? String == "the body is not a JSON object with 'slide'")
            }
            try await client.execute(uri: "/f/\(table)/slide", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "slide=coverage")) { response in
                #expect(response.status == .forbidden, "a table's token")
            }
            try await client.execute(uri: "/f/\(token)?slide=nonsense", method: .get) { response in
                #expect(response.text.contains("data-slide=\"matrix\""), "an unknown ?slide= shows the room's")
            }
            #expect(live.slides.shown.slide == .matrix)
        }
    }
}
