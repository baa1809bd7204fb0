import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// Individuals mode: the room link mints a phone's own link (nothing stored), a forged or altered
/// token is refused, the cap is kept, and a phone's first answer creates its group in the same write.
struct IndividualsRoutesTests {
    @Test func theRoomLinkMintsAPhoneLinkWithoutWritingAnything() async throws {
        let room = try await IndividualsRoom()
        let before = try room.lines().count
        try await room.test { [join = room.join] client in
            try await client.execute(uri: join, method: .head) { response in
                #expect(response.status == .ok, "a preview's HEAD is told the link is good")
            }
            let first = try await client.joinRoom(join)
            let second = try await client.joinRoom(join)
            #expect(first.hasPrefix("1-") && second.hasPrefix("2-"), "\(first) \(second)")
            try await client.execute(uri: "/i/\(first)", method: .get) { response in
                #expect(response.status == .ok)
                Headers.expectGuarded(response)
                #expect(response.text.contains("data-link=\"/g/\(first)\""))
                #expect(response.text.contains("p-001"))
                #expect(response.text.contains("/assets/individual.js"))
            }
            try await client.execute(uri: "/g/\(first)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("/g/\(first)?persona=academic"), "the phone chooses its persona")
            }
        }
        #expect(try room.lines().count == before, "nothing is written until a phone answers")
    }

    @Test func aForgedOrAlteredTokenIsRefused() async throws {
        let room = try await IndividualsRoom()
        let table = room.room.tokens.groups["table-1"] ?? ""
        try await room.test { [join = room.join] client in
            let token = try await client.joinRoom(join)
            let code = token.split(separator: "-")[1]
            let flipped = String(code.dropLast()) + (code.last == "0" ? "1" : "0")
            for forged in ["1-" + flipped, "2-" + code, "01-" + code, "1-" + code + "0", "1", table, "-" + code] {
                try await client.execute(uri: "/g/\(forged)", method: .get) { response in
                    #expect(response.status == .forbidden, "\(forged)")
                }
                try await client.execute(uri: "/g/\(forged)/answers", method: .post, headers: Headers.json,
                                         body: ByteBuffer(string: #"{"activity":"drop-in","persona":"academic","answer":"4","key":"k"}"#)) { response in
                    #expect(response.status == .forbidden, "\(forged)")
                }
            }
            try await client.execute(uri: "/join/" + String(repeating: "0", count: 32), method: .get) { response in
                #expect(response.status == .forbidden)
            }
        }
        #expect(try room.lines().allSatisfy { $0["type"] as? String != "answer" })
    }

    /// The cap counts raters, not numbers: phones that never answer (a link preview, a loop on
    /// the poster's link) use up nothing; once as many phones as the room takes have answered, a
    /// newcomer's first answer is refused (nothing written) and the room link says it is full.
    @Test func pastTheCapThePhoneIsToldTheRoomIsFull() async throws {
        let room = try await IndividualsRoom(.init(mostPhones: 2))
        try await room.test { [join = room.join] client in
            var tokens: [String] = []
            for _ in 0..<3 { tokens.append(try await client.joinRoom(join)) }
            for (index, token) in tokens.enumerated() {
                try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json,
                                         body: ByteBuffer(string: #"{"activity":"drop-in","persona":"academic","answer":"4","key":"k\#(index)"}"#)) { response in
                    if index < 2 {
                        #expect(response.status == .ok, "\(response.text)")
                    } else {
                        #expect(response.status == .conflict && response.text.contains("the room is full"), "\(response.text)")
                    }
                }
            }
            // The writer's refusal is worded in the phone's language too.
            var welsh = Headers.json
            welsh[.cookie] = "lang=cy"
            try await client.execute(uri: "/g/\(tokens[2])/answers", method: .post, headers: welsh,
                                     body: ByteBuffer(string: #"{"activity":"drop-in","persona":"academic","answer":"4","key":"k9"}"#)) { response in
                #expect(response.status == .conflict)
                #expect(response.json["error"] as? String == Messages("cy")["room.refusal.writer_full", ["most": "2"]], "\(response.text)")
                #expect(response.text.contains("mae’r ystafell yn llawn"))
            }
            try await client.execute(uri: join, method: .get) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains("The room is full"))
                #expect(response.text.contains("at most 2 phones"))
            }
        }
        let groups = try room.lines().filter { $0["type"] as? String == "add-group" }.compactMap { $0["group"] as? String }
        #expect(groups == ["p-001", "p-002"], "the third phone left no trace: \(groups)")
    }

    /// The phone's group and its first answer are one write: adjacent lines, one timestamp (one
    /// `record(each:)`, one fsync). Its second answer adds no group.
    @Test func theFirstAnswerCreatesTheGroupInTheSameWrite() async throws {
        let room = try await IndividualsRoom()
        try await room.test { [join = room.join] client in
            let token = try await client.joinRoom(join)
            for (key, activity) in [("a", "drop-in"), ("b", "induction")] {
                try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json,
                                         body: ByteBuffer(string: #"{"activity":"\#(activity)","persona":"academic","answer":"4","key":"\#(key)"}"#)) { response in
                    #expect(response.status == .ok, "\(response.text)")
                }
            }
            try await client.execute(uri: "/g/\(token)", method: .get) { response in
                #expect(response.text.contains("p-001 · you are rating as"))
            }
        }
        let lines = try room.lines()
        let added = try #require(lines.firstIndex { $0["type"] as? String == "add-group" })
        #expect(lines[added]["group"] as? String == "p-001" && lines[added]["by"] as? String == "phone:p-001")
        #expect(lines[added + 1]["type"] as? String == "answer" && lines[added + 1]["group"] as? String == "p-001")
        let at = try #require(lines[added]["at"] as? String)
        #expect(at == lines[added + 1]["at"] as? String, "one batch, one timestamp")
        #expect(lines.filter { $0["type"] as? String == "add-group" }.count == 1)
        let state = try Session.open("stirling-2015", root: ProjectRoot(path: room.fixture.copy.path), writable: false).state
        #expect(state.activeGroups.contains("p-001"))
    }

    /// An idea is a first record too: the group comes with it.
    @Test func anIdeaFirstCreatesTheGroup() async throws {
        let room = try await IndividualsRoom()
        try await room.test { [join = room.join] client in
            let token = try await client.joinRoom(join)
            try await client.execute(uri: "/g/\(token)/ideas", method: .post, headers: Headers.json,
                                     body: ByteBuffer(string: #"{"prompt":"try-first","text":"Drop-in","key":"i1"}"#)) { response in
                #expect(response.status == .ok, "\(response.text)")
            }
        }
        let types = try room.lines().compactMap { $0["type"] as? String }
        #expect(Array(types.suffix(2)) == ["add-group", "idea"], "\(types)")
    }

    @Test func roundRobinHandsOutPersonasInCounterOrder() async throws {
        let room = try await IndividualsRoom(.init(roundRobin: true))
        let personas = room.fixture.state.plan.personas
        try await room.test { [join = room.join] client in
            for number in 1...(personas.count + 1) {
                let token = try await client.joinRoom(join)
                try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json,
                                         body: ByteBuffer(string: #"{"activity":"drop-in","answer":"3","key":"rr"}"#)) { response in
                    #expect(response.status == .ok, "\(number): \(response.text)")
                }
            }
        }
        let answers = try room.lines().filter { $0["type"] as? String == "answer" }
        let played = answers.map { ($0["group"] as? String ?? "", $0["persona"] as? String ?? "") }
        #expect(played.map(\.0) == (1...(personas.count + 1)).map(IndividualToken.group))
        #expect(played.map(\.1) == personas + [personas[0]])
    }
}

extension IndividualsRoutesTests {
    /// The rate limit is per phone: one phone that has spent its burst is told to wait, and the
    /// next phone in the room is not.
    @Test func theRateLimitIsEachPhonesOwn() async throws {
        let room = try await IndividualsRoom()
        let live = room.room
        live.limiter.stopClock(at: 0)
        try await room.test { [join = room.join] client in
            let busy = try await client.joinRoom(join), calm = try await client.joinRoom(join)
            while live.limiter.wait(for: busy) == nil {}
            for (token, status) in [(busy, HTTPResponse.Status.tooManyRequests), (calm, .ok)] {
                try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json,
                                         body: ByteBuffer(string: #"{"activity":"drop-in","persona":"academic","answer":"4","key":"r"}"#)) { response in
                    #expect(response.status == status, "\(response.text)")
                }
            }
        }
    }
}
