import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// A table's dots through `POST /g/TOKEN/dots`: placed, moved and taken off while voting is open,
/// held to the budget, refused while voting is closed, a retry written once; the phone's page shows
/// the vote with its own dots and never the room's totals.
struct PhoneDotsRoutesTests {
    typealias Routes = PhoneIdeasRoutesTests

    /// Two ideas of table-2's on `try-first` and, unless `open` is false, a vote of 3 dots on them.
    func voting(_ room: RoomUnderTest, open: Bool = true, hidesCount: Bool = false) throws -> (String, String) {
        let ids = try room.room.gate.exclusive { session in
            try ["Start in freshers' week", "Ask the union"].map { text in
                let index = try session.record(.idea(IdeaDraft(prompt: "try-first", group: "table-2", text: text)), by: "phone:table-2")
                return session.state.entries[index].id
            }
        }
        if open {
            _ = try room.room.gate.exclusive {
                try $0.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 3, hidesCount: hidesCount)), by: "anna")
            }
        }
        return (RecordID.format(ids[0]), RecordID.format(ids[1]))
    }

    @Test func dotsArePlacedMovedAndHeldToTheBudget() async throws {
        let room = try await RoomUnderTest()
        let (a, b) = try voting(room)
        let token = room.token()
        try await room.test { client in
            func dots(_ item: String, _ count: Int, key: String) async throws -> (HTTPResponse.Status, [String: Any]) {
                try await Routes.post(client, "/g/\(token)/dots", ["prompt": "try-first", "item": item, "count": count, "key": key])
            }
            let (first, placed) = try await dots(a, 2, key: "k1")
            #expect(first == .ok && placed["saved"] as? Bool == true && placed["remaining"] as? Int == 1)
            let (again, retried) = try await dots(a, 2, key: "k1")
            #expect(again == .ok && retried["duplicate"] as? Bool == true && retried["remaining"] as? Int == 1)
            let (over, refusal) = try await dots(b, 2, key: "k2")
            #expect(over == .conflict)
            #expect(refusal["error"] as? String == "table-1 has 3 dots and 1 left; take one off another item first")
            let (moved, left) = try await dots(a, 0, key: "k3")
            #expect(moved == .ok && left["remaining"] as? Int == 3)
            try await client.execute(uri: "/g/\(token)/dots", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "prompt=try-first&item=\(b)&count=3&key=k4")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/g/\(token)?ideas=dots#v-try-first")
                Headers.expectGuarded(response)
            }
            let (text, _) = try await Routes.post(client, "/g/\(token)/dots", ["prompt": "try-first", "item": b, "count": "two", "key": "k5"])
            #expect(text == .badRequest)
            let (negative, _) = try await dots(b, -1, key: "k6")
            #expect(negative == .badRequest)
        }
        let wall = try room.reopened().state.ideaWall
        #expect(wall.placed(by: "table-1", prompt: "try-first") == [.idea(RecordID.parse(b) ?? 0): 3])
        #expect(try room.records("dot").count == 3, "placed, taken off, placed elsewhere: the retry not again")
    }

    @Test func dotsWhileVotingIsClosedOrOnAnIdeaNotShownAreRefused() async throws {
        let room = try await RoomUnderTest()
        let (a, b) = try voting(room, open: false)
        _ = try room.room.gate.exclusive { try $0.record(.markIdea(RecordID.parse(b) ?? 0, .hidden, asGroup: nil), by: "anna") }
        let before = try Data(contentsOf: room.fixture.copy.journal("stirling-2015"))
        let token = room.token()
        try await room.test { client in
            let (closed, json) = try await Routes.post(client, "/g/\(token)/dots", ["prompt": "try-first", "item": a, "count": 1, "key": "c"])
            #expect(closed == .conflict && json["error"] as? String == "voting on 'try-first' is not open")
            // A Welsh phone is told the same in its own words (the session's line is English).
            var welsh = Headers.json
            welsh[.cookie] = "lang=cy"
            try await client.execute(uri: "/g/\(token)/dots", method: .post, headers: welsh,
                                     body: ByteBuffer(string: #"{"prompt":"try-first","item":"\#(a)","count":1,"key":"w"}"#)) { response in
                #expect(response.status == .conflict)
                #expect(response.json["error"] as? String == Messages("cy")["room.refusal.writer_dots"], "\(response.text)")
            }
            let (hidden, _) = try await Routes.post(client, "/g/\(token)/dots", ["prompt": "try-first", "item": b, "count": 1, "key": "h"])
            #expect(hidden == .notFound)
        }
        #expect(try Data(contentsOf: room.fixture.copy.journal("stirling-2015")) == before, "nothing written")
    }

    @Test func thePhoneShowsTheOpenVoteWithItsOwnDotsOnly() async throws {
        let room = try await RoomUnderTest()
        let (a, _) = try voting(room, hidesCount: true)
        _ = try room.room.gate.exclusive {
            try $0.record(.dots(group: "table-2", prompt: "try-first", item: .idea(RecordID.parse(a) ?? 0), count: 3), by: "phone:table-2")
            try $0.record(.dots(group: "table-1", prompt: "try-first", item: .idea(RecordID.parse(a) ?? 0), count: 1), by: "phone:table-1")
        }
        let token = room.token()
        try await room.test { client in
            try await client.execute(uri: "/g/\(token)", method: .get) { response in
                #expect(response.status == .ok)
                Headers.expectGuarded(response)
                let page = response.text
                #expect(page.contains("aria-label=\"Add a dot to %1\"") && page.contains("aria-label=\"Take a dot off %2\""))
                #expect(page.contains("2 dots left"))
                #expect(page.contains(">1 dot<") && !page.contains("4 dots"), "the table's own dot, never the room's four")
                #expect(page.contains("href=\"#v-try-first\""), "a link at the top to the open vote")
            }
        }
    }
}
