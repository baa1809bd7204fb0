import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// The projector's stream of server-sent events, through a real server (`.live`): router mode
/// waits for a body's end, and a stream ends only when the room closes it.
struct RoomEventsTests {
    @Test func theStreamSendsTheViewThenAgainAfterAnAnswer() async throws {
        let room = try await RoomUnderTest()
        let live = room.room
        let submission = Submission(cell: Cell(activity: "drop-in", persona: "academic", group: "table-1"), answer: .level(2),
                                    note: nil, recordID: 42)
        let facilitator = room.facilitator
        try await room.test(.live) { client in
            // Once the projector listens, an answer arrives, then the room closes the stream.
            let closer = Task {
                for _ in 0..<200 where live.broadcast.count == 0 { try await Task.sleep(for: .milliseconds(50)) }
                #expect(live.broadcast.count == 1, "the projector is listening")
                #expect(await live.commit.submit(submission) == .saved)
                // The writer tells the projectors just after it acknowledges.
                try await Task.sleep(for: .milliseconds(300))
                live.broadcast.close()
            }
            try await client.execute(uri: "/f/\(facilitator)/events", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/event-stream")
                Headers.expectGuarded(response)
                let events = response.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
                #expect(events.count == 2, "the view, then the view after the answer: \(events.count)")
                #expect(events.allSatisfy { $0.hasPrefix("data: {") })
                #expect(events.first?.contains(#""answers":0"#) == true && events.last?.contains(#""answers":1"#) == true,
                        "the view before the answer, then after it")
            }
            try await closer.value
        }
    }

    @Test func aQuietStreamIsSentACommentAndAChangeTheView() async throws {
        let room = try await RoomUnderTest()
        let live = room.room
        let submission = Submission(cell: Cell(activity: "drop-in", persona: "academic", group: "table-1"), answer: .level(3),
                                    note: nil, recordID: 43)
        let token = room.token()
        try await room.test(.live) { client in
            let closer = Task {
                for _ in 0..<200 where live.broadcast.count == 0 { try await Task.sleep(for: .milliseconds(50)) }
                try await Task.sleep(for: .milliseconds(200))
                live.broadcast.beat()
                try await Task.sleep(for: .milliseconds(200))
                #expect(await live.commit.submit(submission) == .saved)
                try await Task.sleep(for: .milliseconds(300))
                live.broadcast.close()
            }
            try await client.execute(uri: "/g/\(token)/events", method: .get) { response in
                #expect(response.headers[HTTPFields.Element.Name("X-Accel-Buffering")!] == "no", "nginx passes it on unbuffered")
                let events = response.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
                #expect(events.count == 3 && events[1] == ": keep-alive", "the view, a comment, the view: \(events)")
                #expect(events.first?.hasPrefix("data: {") == true && events.last?.hasPrefix("data: {") == true)
                #expect(events.count == 3 && events[2] != events[0], "the view after the answer is not the one before it")
            }
            try await closer.value
        }
    }

    @Test func aWrongTokenGetsNoStream() async throws {
        let room = try await RoomUnderTest()
        let table = room.token()
        try await room.test(.live) { client in
            try await client.execute(uri: "/f/\(table)/events", method: .get) { response in
                #expect(response.status == .forbidden)
                #expect(response.headers[.contentType] == "text/plain; charset=utf-8")
                Headers.expectGuarded(response)
            }
        }
    }
}
