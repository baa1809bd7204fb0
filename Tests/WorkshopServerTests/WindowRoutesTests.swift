import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// A room served with `--open-from 2027-03-01 --until 2027-03-08` (Europe/London), on a clock the
/// test sets: before and after those days a phone's page says when the room opens or that it
/// closed, and its answers and ideas are refused with the catalogue's words, nothing written;
/// inside them phones write as ever; the projector works throughout.
struct WindowRoutesTests {
    static let answer = ByteBuffer(string: #"{"activity":"drop-in","persona":"academic","answer":"4","key":"w-1"}"#)
    static let idea = ByteBuffer(string: #"{"prompt":"try-first","text":"Posters","key":"w-2","persona":"academic"}"#)

    static func room(at moment: String, settings: RoomSettings = RoomSettings(assignments: ["table-1": "academic"]))
        async throws -> (RoomUnderTest, TestClock)
    {
        let clock = TestClock(TestClock.moment(moment))
        let window = try RoomWindow.london(from: "2027-03-01", until: "2027-03-08", clock: clock)
        return (try await RoomUnderTest(venue: RoomVenue(window: window), settings: settings), clock)
    }

    static func refusal(_ name: String, _ when: String) -> String {
        Messages.english["room.window.refusal.\(name)", ["when": when, "zone": "Europe/London"]]
    }

    @Test func beforeItsDaysAPhoneIsToldWhenTheRoomOpensAndWritesNothing() async throws {
        let (room, _) = try await Self.room(at: "2027-02-28T23:59")
        let (token, facilitator) = (room.token(), room.facilitator)
        try await room.test { client in
            try await client.execute(uri: "/g/\(token)", method: .get) { response in
                #expect(response.status == .ok)
                Headers.expectGuarded(response)
                #expect(response.text.contains("<h1>Not open yet</h1>"))
                #expect(response.text.contains(#"This room opens on <time datetime="2027-03-01T00:00:00Z">1 March 2027 at 00:00</time> (Europe/London)."#))
                #expect(!response.text.contains("<form") && !response.text.contains("<script"), "nothing to do but come back")
            }
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json, body: Self.answer) { response in
                #expect(response.status == .forbidden)
                #expect(response.json["error"] as? String == Self.refusal("opens", "1 March 2027 at 00:00"))
            }
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "activity=drop-in&answer=4&key=f-1")) { response in
                #expect(response.status == .forbidden)
                #expect(response.text.contains(#"href="/g/\#(token)""#), "a plain form is given its way back")
            }
            try await client.execute(uri: "/g/\(token)/ideas", method: .post, headers: Headers.json, body: Self.idea) { response in
                #expect(response.status == .forbidden)
            }
            try await client.execute(uri: "/f/\(facilitator)", method: .get) { response in
                #expect(response.status == .ok, "the projector is not the window's")
            }
        }
        #expect(try room.records("answer").isEmpty && room.records("idea").isEmpty && room.records("note").isEmpty)
    }

    @Test func afterItsDaysThePhoneIsToldTheRoomClosedOnItsLastDay() async throws {
        let (room, _) = try await Self.room(at: "2027-03-09T00:00")
        let token = room.token()
        try await room.test { client in
            try await client.execute(uri: "/g/\(token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("<h1>This room has closed</h1>"))
                #expect(response.text.contains(#"This room closed on <time datetime="2027-03-08">8 March 2027</time> (Europe/London)."#))
            }
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json, body: Self.answer) { response in
                #expect(response.status == .forbidden)
                #expect(response.json["error"] as? String == Self.refusal("closed", "8 March 2027"))
            }
            try await client.execute(uri: "/g/\(token)?lang=cy", method: .get) { response in
                #expect(response.text.contains(#"<html lang="cy""#))
                #expect(response.text.contains("Caeodd yr ystafell hon ar <time datetime=\"2027-03-08\">8 Mawrth 2027</time>"))
            }
        }
        #expect(try room.records("answer").isEmpty)
    }

    /// One room through its days: refused at the last minute before, saved at the first and the
    /// last minute inside (the whole of 8 March), refused at midnight after.
    @Test func oneRoomFollowsTheClock() async throws {
        let (room, clock) = try await Self.room(at: "2027-02-28T23:59")
        let token = room.token()
        try await room.test { client in
            let steps: [(String, String, HTTPResponse.Status)] = [
                ("2027-02-28T23:59", "a", .forbidden), ("2027-03-01T00:00", "b", .ok), ("2027-03-08T23:59", "c", .ok),
                ("2027-03-09T00:00", "d", .forbidden),
            ]
            for (moment, key, status) in steps {
                clock.set(TestClock.moment(moment))
                let body = ByteBuffer(string: #"{"activity":"drop-in","persona":"academic","answer":"4","key":"\#(key)","note":"n \#(key)"}"#)
                try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json, body: body) { response in
                    #expect(response.status == status, "at \(moment)")
                }
            }
        }
        #expect(try room.records("note").compactMap { $0["text"] as? String } == ["n b", "n c"])
    }

    @Test func aTokenThatIsNotTheRoomsIsRefusedAsEver() async throws {
        let (room, _) = try await Self.room(at: "2027-03-09T00:00")
        try await room.test { client in
            try await client.execute(uri: "/g/not-a-token", method: .get) { response in
                #expect(response.status == .forbidden)
                #expect(!response.text.contains("closed"), "the window is not told to a stranger")
            }
        }
    }

    @Test func theRoomLinkHandsOutNoNumberOutsideItsDays() async throws {
        let (room, _) = try await Self.room(at: "2027-02-01T09:00", settings: RoomSettings(individuals: .init()))
        let join = "/join/" + (room.room.tokens.join ?? "")
        try await room.test { client in
            try await client.execute(uri: join, method: .get) { response in
                #expect(response.status == .ok, "a page, not the redirect to a new phone's number")
                #expect(response.headers[.location] == nil && response.text.contains("Not open yet"))
            }
        }
    }
}
