import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// The hostile set for ideas: another table's token on an idea (403), an idea a phone may not see
/// fetched directly (404), over-long (409) and oversized (413) text, a 21st idea (409), the rate
/// limit shared with answers (429). Nothing is written for any of them.
struct PhoneIdeasRefusalsTests {
    typealias Routes = PhoneIdeasRoutesTests

    func journal(_ room: RoomUnderTest) throws -> Data {
        try Data(contentsOf: room.fixture.copy.journal("stirling-2015"))
    }

    /// An idea of table-1's written through the session, as its phone would.
    func idea(_ room: RoomUnderTest, _ text: String, group: String = "table-1") throws -> String {
        let index = try room.room.gate.exclusive { session in
            try session.record(.idea(IdeaDraft(prompt: "try-first", group: group, text: text)), by: "phone:\(group)")
        }
        return RecordID.format(room.room.gate.exclusive { $0.state.entries[index].id })
    }

    @Test func anotherTablesTokenCannotTouchAnIdea() async throws {
        let room = try await RoomUnderTest()
        let id = try idea(room, "mine")
        let before = try journal(room)
        let other = room.token("table-2")
        try await room.test { client in
            let (edit, json) = try await Routes.post(client, "/g/\(other)/ideas/\(id)", ["text": "theirs now", "key": "x"])
            #expect(edit == .forbidden)
            #expect(json["error"] as? String == "idea %1 is table-1's; a table can change only its own ideas")
            let (withdraw, _) = try await Routes.post(client, "/g/\(other)/ideas/\(id)/withdraw", ["key": "y"])
            #expect(withdraw == .forbidden)
            try await client.execute(uri: "/g/\(other)/ideas/\(id)", method: .get) { response in
                #expect(response.status == .notFound, "another table's idea has no edit form for it")
                Headers.expectGuarded(response)
                #expect(!response.text.contains("mine"))
            }
            try await client.execute(uri: "/g/not-a-token/ideas/\(id)/withdraw", method: .post, headers: Headers.json,
                                     body: Routes.json(["key": "z"])) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(try journal(room) == before, "nothing written")
    }

    @Test func aHiddenOrUnknownIdeaIsNotFound() async throws {
        let room = try await RoomUnderTest()
        let id = try idea(room, "a secret")
        _ = try room.room.gate.exclusive { try $0.record(.markIdea(RecordID.parse(id) ?? 0, .hidden, asGroup: nil), by: "anna") }
        let before = try journal(room)
        let token = room.token()
        try await room.test { client in
            for path in [id, "0123456789abcdef", "nonsense", "0123456789ABCDEF"] {
                try await client.execute(uri: "/g/\(token)/ideas/\(path)", method: .get) { response in
                    #expect(response.status == .notFound, "\(path)")
                    Headers.expectGuarded(response)
                    #expect(!response.text.contains("a secret"))
                }
                let (status, _) = try await Routes.post(client, "/g/\(token)/ideas/\(path)", ["text": "x", "key": "k"])
                #expect(status == .notFound, "\(path)")
            }
            try await client.execute(uri: "/g/\(token)", method: .get) { response in
                #expect(!response.text.contains("a secret"), "a hidden idea is not on the phone")
            }
        }
        #expect(try journal(room) == before)
    }

    @Test func overLongOversizedAndOverManyIdeasAreRefused() async throws {
        let room = try await RoomUnderTest()
        let token = room.token()
        for number in 1..<Idea.perGroupAndPrompt { _ = try idea(room, "idea \(number)") }
        let before = try journal(room)
        let file = room.fixture.copy.journal("stirling-2015")
        try await room.test { client in
            let long = String(repeating: "x", count: TextLimit.idea + 1)
            let (status, json) = try await Routes.post(client, "/g/\(token)/ideas", ["prompt": "try-first", "text": long, "key": "l"])
            #expect(status == .conflict)
            let reason = try #require(json["error"] as? String)
            #expect(reason.contains("281") && reason.contains("280") && !reason.contains("\n"), "\(reason)")
            try await client.execute(uri: "/g/\(token)/ideas", method: .post, headers: Headers.json,
                                     body: Routes.json(["prompt": "try-first", "key": "b", "text": String(repeating: "y", count: 9000)])) { response in
                #expect(response.status == .contentTooLarge)
                Headers.expectGuarded(response)
            }
            let (control, _) = try await Routes.post(client, "/g/\(token)/ideas", ["prompt": "try-first", "text": "a\u{1B}[2J", "key": "c"])
            #expect(control == .badRequest)
            let (prompt, _) = try await Routes.post(client, "/g/\(token)/ideas", ["prompt": "nope", "text": "a", "key": "d"])
            #expect(prompt == .badRequest)
            #expect(try Data(contentsOf: file) == before, "nothing written for any of them")
            let (twentieth, _) = try await Routes.post(client, "/g/\(token)/ideas", ["prompt": "try-first", "text": "twenty", "key": "e"])
            #expect(twentieth == .ok)
            let (more, refusal) = try await Routes.post(client, "/g/\(token)/ideas", ["prompt": "try-first", "text": "21", "key": "f"])
            #expect(more == .conflict)
            #expect((refusal["error"] as? String)?.contains("the most a group can write") == true)
        }
        #expect(try room.reopened().state.ideaWall.listed().count == Idea.perGroupAndPrompt)
    }

    @Test func ideasShareTheAnswersRateLimit() async throws {
        let room = try await RoomUnderTest()
        let token = room.token()
        room.room.limiter.stopClock(at: ProcessInfo.processInfo.systemUptime)
        while room.room.limiter.wait(for: token) == nil {}
        try await room.test { client in
            try await client.execute(uri: "/g/\(token)/ideas", method: .post, headers: Headers.json,
                                     body: Routes.json(["prompt": "try-first", "text": "x", "key": "k"])) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "1")
            }
            try await client.execute(uri: "/g/\(token)/dots", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "prompt=try-first&item=x&count=1&key=k")) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8", "a page with a way back for a plain form")
            }
        }
        #expect(try room.records("idea").isEmpty)
    }
}
