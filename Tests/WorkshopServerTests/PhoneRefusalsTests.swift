import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// What the answers route turns away after the token: too many at once (429), a table answering
/// as another persona (400), a stopping room or a closed session (409); nothing written for any.
struct PhoneRefusalsTests {
    static func answer(_ key: String, persona: String = "academic", activity: String = "drop-in") -> ByteBuffer {
        ByteBuffer(string: #"{"activity":"\#(activity)","persona":"\#(persona)","answer":"3","key":"\#(key)"}"#)
    }

    @Test func aTableOverItsRateIsAskedToWait() async throws {
        let room = try await RoomUnderTest()
        let token = room.token()
        // The clock stopped, so the drained bucket stays empty however slowly a loaded machine gets
        // to the requests below (it refills 10 a second).
        room.room.limiter.stopClock(at: ProcessInfo.processInfo.systemUptime)
        while room.room.limiter.wait(for: token) == nil {}
        try await room.test { client in
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json, body: Self.answer("k")) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.retryAfter] == "1")
                #expect(response.json["error"] as? String == "too many answers from this table at once; wait 1 s and tap again")
                Headers.expectGuarded(response)
            }
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "activity=drop-in&answer=3&key=k")) { response in
                #expect(response.status == .tooManyRequests)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8", "a page with a way back for a plain form")
            }
        }
        #expect(try room.records("answer").isEmpty)
    }

    @Test func aTableHeldToItsFirstPersonaIsRefusedAnother() async throws {
        let room = try await RoomUnderTest(assignments: [:])
        let token = room.token("table-2")
        try await room.test { client in
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json,
                                     body: Self.answer("a", persona: "phd-candidate")) { response in
                #expect(response.status == .ok)
            }
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json,
                                     body: Self.answer("b", persona: "academic", activity: "induction")) { response in
                #expect(response.status == .badRequest)
                #expect(response.json["error"] as? String == "this table plays 'phd-candidate', not 'academic'")
                Headers.expectGuarded(response)
            }
        }
        #expect(try room.records("answer").count == 1)
    }

    /// The writer stopped (the room stopping) while a request was on its way: 409, not saved.
    @Test func aStoppingRoomTakesNoAnswers() async throws {
        let room = try await RoomUnderTest()
        let token = room.token()
        room.room.commit.stop()
        try await room.test { client in
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json, body: Self.answer("k")) { response in
                #expect(response.status == .conflict)
                #expect(response.json["error"] as? String == "the room is closing; try again when it is served again")
                Headers.expectGuarded(response)
            }
        }
        #expect(try room.records("answer").isEmpty)
    }

    @Test func aClosedSessionTakesNoAnswers() async throws {
        let room = try await RoomUnderTest()
        let token = room.token()
        _ = try room.room.gate.exclusive { try $0.record(.close, by: "anna") }
        try await room.test { client in
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json, body: Self.answer("k")) { response in
                #expect(response.status == .conflict)
                #expect(response.json["error"] as? String == "the session is closed; answers are no longer taken")
                Headers.expectGuarded(response)
            }
        }
        #expect(try room.records("answer").isEmpty)
        #expect(try room.reopened().state.answer(for: Cell(activity: "drop-in", persona: "academic", group: "table-1")) == nil)
    }
}
