import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// A table's phone: its page, and an answer posted as a form (JavaScript off) and as JSON, each
/// checked in the journal on disk afterwards by a second reader.
struct PhoneRoutesTests {
    @Test func thePhonesPageShowsTheTableAndHeadAnswersItsLength() async throws {
        let room = try await RoomUnderTest()
        let token = room.token()
        try await room.test { client in
            let length = try await client.execute(uri: "/g/\(token)", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                Headers.expectGuarded(response)
                #expect(response.text.contains("action=\"/g/\(token)/answers\""), "the form posts back to this table")
                #expect(response.text.contains("Drop-in desk in the School"))
                return response.body.readableBytes
            }
            try await client.execute(uri: "/g/\(token)", method: .head) { response in
                #expect(response.status == .ok && response.body.readableBytes == 0)
                #expect(response.headers[.contentLength] == String(length))
            }
        }
    }

    @Test func aFormAnswerIsRedirectedBackAndOnDisk() async throws {
        let room = try await RoomUnderTest()
        let token = room.token()
        try await room.test { client in
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "activity=drop-in&answer=4&key=form-1&note=Busy+at+noon")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/g/\(token)?persona=academic&saved=drop-in#a-drop-in")
                Headers.expectGuarded(response)
            }
        }
        let session = try room.reopened()
        #expect(session.state.answer(for: Cell(activity: "drop-in", persona: "academic", group: "table-1")) == .level(3))
        let answers = try room.records("answer")
        #expect(answers.count == 1 && answers.first?["by"] as? String == "phone:table-1")
        let notes = try room.records("note")
        #expect(notes.count == 1 && notes.first?["text"] as? String == "Busy at noon")
    }

    /// The same key and content sent again (a phone retrying after a lost reply) is found by its
    /// id: acknowledged as a duplicate, written once, its id the HMAC of what was sent.
    @Test func aJSONAnswerRetriedWithItsKeyIsWrittenOnce() async throws {
        let room = try await RoomUnderTest(assignments: [:])
        let token = room.token("table-2")
        let body = #"{"activity":"induction","persona":"phd-candidate","answer":"2","key":"retry-1"}"#
        try await room.test { client in
            for duplicate in [false, true] {
                try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json,
                                         body: ByteBuffer(string: body)) { response in
                    #expect(response.status == .ok)
                    #expect(response.headers[.contentType] == "application/json")
                    Headers.expectGuarded(response)
                    #expect(response.json["saved"] as? Bool == true && response.json["duplicate"] as? Bool == duplicate)
                    #expect(response.json["activity"] as? String == "induction" && response.json["answer"] as? String == "2")
                }
            }
        }
        let answers = try room.records("answer")
        #expect(answers.count == 1, "one record for the two posts")
        let id = SubmissionID.make(secret: room.facilitator, group: "table-2",
                                   key: ["retry-1", "induction", "", "2", ""].joined(separator: "\u{0}"))
        #expect(answers.first?["id"] as? String == RecordID.format(id))
        #expect(try room.reopened().state.answer(for: Cell(activity: "induction", persona: "phd-candidate", group: "table-2")) == .level(1))
    }

    @Test func aBadFormIsRefusedWithAWayBackAndNothingWritten() async throws {
        let room = try await RoomUnderTest()
        let token = room.token()
        try await room.test { client in
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "activity=drop-in&answer=4")) { response in
                #expect(response.status == .badRequest)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.text.contains("the answer has no &#39;key&#39; field") || response.text.contains("the answer has no 'key' field"))
                #expect(response.text.contains("href=\"/g/\(token)\""), "a link back to the table's page")
                Headers.expectGuarded(response)
            }
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json,
                                     body: ByteBuffer(string: #"{"activity":"nowhere","answer":"4","key":"k"}"#)) { response in
                #expect(response.status == .badRequest)
                #expect(response.json["error"] as? String == "no activity 'nowhere' in this session")
            }
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json,
                                     body: ByteBuffer(string: "not json")) { response in
                #expect(response.status == .badRequest)
                #expect(response.json["error"] as? String == "the body is not a JSON object of answer fields")
            }
        }
        #expect(try room.records("answer").isEmpty)
    }

    @Test func anOversizeBodyIsRefusedAs413() async throws {
        let room = try await RoomUnderTest()
        let token = room.token()
        let note = String(repeating: "n", count: 9 * 1024)
        try await room.test { client in
            try await client.execute(uri: "/g/\(token)/answers", method: .post, headers: Headers.json,
                                     body: ByteBuffer(string: #"{"activity":"drop-in","answer":"4","key":"k","note":"\#(note)"}"#)) { response in
                #expect(response.status == .contentTooLarge)
                #expect(response.json["error"] as? String == "the answer is larger than 8 KiB; shorten the note")
                Headers.expectGuarded(response)
            }
        }
        #expect(try room.records("answer").isEmpty)
    }
}
