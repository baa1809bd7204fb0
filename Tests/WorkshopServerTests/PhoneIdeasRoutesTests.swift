import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// A table's ideas through its phone's routes: added as a form (JavaScript off) and as JSON, retried
/// with its key, edited, withdrawn and fetched for editing; each checked in the journal on disk by a
/// second reader afterwards.
struct PhoneIdeasRoutesTests {
    static func json(_ fields: [String: Any]) -> ByteBuffer {
        ByteBuffer(data: (try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])) ?? Data())
    }

    /// Posts JSON and hands back the status and the reply's fields.
    static func post(_ client: any TestClientProtocol, _ uri: String, _ fields: [String: Any]) async throws
        -> (status: HTTPResponse.Status, json: [String: Any])
    {
        try await client.execute(uri: uri, method: .post, headers: Headers.json, body: json(fields)) { response in
            Headers.expectGuarded(response)
            #expect(response.headers[.contentType] == "application/json")
            return (response.status, response.json)
        }
    }

    @Test func aFormIdeaIsRedirectedBackAndOnDisk() async throws {
        let room = try await RoomUnderTest()
        let token = room.token()
        try await room.test { client in
            try await client.execute(uri: "/g/\(token)/ideas", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "prompt=try-first&text=Start+in+freshers%27+week&key=f1&persona=academic")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/g/\(token)?persona=academic&ideas=added#i-try-first")
                Headers.expectGuarded(response)
            }
            try await client.execute(uri: "/g/\(token)?persona=academic&ideas=added", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("Idea added"))
                #expect(response.text.contains("Start in freshers&#39; week") || response.text.contains("Start in freshers' week"))
                #expect(response.text.contains("Yes, withdraw %1"))
            }
        }
        let idea = try #require(try room.reopened().state.ideaWall.listed().first)
        #expect(idea.text == "Start in freshers' week" && idea.group == "table-1" && idea.persona == "academic")
        #expect(idea.prompt == "try-first" && idea.by == "phone:table-1")
    }

    /// The same key and content again (a lost reply) is found by its id: a duplicate, one record;
    /// the same key with other words is another idea.
    @Test func aJSONIdeaRetriedWithItsKeyIsWrittenOnce() async throws {
        let room = try await RoomUnderTest(assignments: [:])
        let token = room.token("table-2")
        let fields = ["prompt": "try-first", "text": "Ask the union", "key": "retry-1"]
        let id = SubmissionID.make(secret: room.facilitator, group: "table-2",
                                   key: ["retry-1", "\u{1}idea", "try-first", "", "Ask the union"].joined(separator: "\u{0}"))
        try await room.test { client in
            for duplicate in [false, true] {
                let (status, json) = try await Self.post(client, "/g/\(token)/ideas", fields)
                #expect(status == .ok)
                #expect(json["saved"] as? Bool == true && json["duplicate"] as? Bool == duplicate)
                #expect(json["idea"] as? String == RecordID.format(id) && json["number"] as? Int == 1)
            }
            var other = fields
            other["text"] = "Ask the union early"
            let (status, json) = try await Self.post(client, "/g/\(token)/ideas", other)
            #expect(status == .ok && json["duplicate"] as? Bool == false && json["number"] as? Int == 2)
        }
        let ideas = try room.records("idea")
        #expect(ideas.count == 2, "one record for the two posts of one key and content")
        #expect(ideas.first?["id"] as? String == RecordID.format(id))
        #expect(try room.reopened().state.ideaWall.listed().map(\.text) == ["Ask the union", "Ask the union early"])
    }

    @Test func aTableEditsAndWithdrawsItsOwnIdea() async throws {
        let room = try await RoomUnderTest()
        let token = room.token()
        try await room.test { client in
            let (_, added) = try await Self.post(client, "/g/\(token)/ideas", ["prompt": "make-it-work", "text": "Cake", "key": "a"])
            let id = try #require(added["idea"] as? String)
            try await client.execute(uri: "/g/\(token)/ideas/\(id)", method: .get) { response in
                #expect(response.status == .ok)
                Headers.expectGuarded(response)
                #expect(response.text.contains("action=\"/g/\(token)/ideas/\(id)\""))
                #expect(response.text.contains(">Cake</textarea>"), "the form prefilled")
            }
            let (edited, json) = try await Self.post(client, "/g/\(token)/ideas/\(id)", ["text": "Cake and coffee", "key": "b"])
            #expect(edited == .ok && json["saved"] as? Bool == true && json["idea"] as? String == id)
            try await client.execute(uri: "/g/\(token)/ideas/\(id)/withdraw", method: .post, headers: Headers.form,
                                     body: ByteBuffer(string: "key=c")) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/g/\(token)?ideas=withdrawn#i-make-it-work")
            }
            try await client.execute(uri: "/g/\(token)/ideas/\(id)", method: .get) { response in
                #expect(response.status == .notFound, "a withdrawn idea has no edit form")
            }
        }
        let idea = try #require(try room.reopened().state.ideaWall.ideas.first)
        #expect(idea.text == "Cake and coffee" && idea.edits == 1 && idea.isWithdrawn)
        #expect(try room.records("idea-edit").first?["by"] as? String == "phone:table-1")
        #expect(try room.records("idea-mark").first?["status"] as? String == "withdrawn")
    }
}
