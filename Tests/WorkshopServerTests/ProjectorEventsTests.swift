import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WorkshopKit
@testable import WorkshopServer

/// The projector's stream carries the wall: an idea recorded while it listens arrives in the next
/// event, and a hidden idea's text never does. Through a real server (`.live`), as `RoomEventsTests`.
struct ProjectorEventsTests {
    @Test func aNewIdeaArrivesInTheStreamAndAHiddenOneNever() async throws {
        let room = try await RoomUnderTest()
        let live = room.room
        let facilitator = room.facilitator
        try await room.test(.live) { client in
            let writer = Task {
                for _ in 0..<200 where live.broadcast.count == 0 { try await Task.sleep(for: .milliseconds(50)) }
                #expect(live.broadcast.count == 1, "the projector is listening")
                try live.gate.exclusive { session in
                    try session.idea("table-2", "Meet them <b>where</b> they are")
                    let secret = try session.idea("table-3", "SECRET-IDEA about a named student")
                    try session.record(.markIdea(secret, .hidden, asGroup: nil), by: "anna")
                }
                live.changed()
                try await Task.sleep(for: .milliseconds(300))
                live.broadcast.close()
            }
            try await client.execute(uri: "/f/\(facilitator)/events", method: .get) { response in
                #expect(response.status == .ok)
                let events = response.text.components(separatedBy: "\n\n").filter { !$0.isEmpty }
                #expect(events.count == 2, "the view, then the view with the idea: \(events.count)")
                #expect(events.first?.contains(#""ideas":[]"#) == true, "no idea yet")
                #expect(events.last?.contains(#""text":"Meet them <b>where<\/b> they are""#) == true, "\(events.last ?? "")")
                #expect(events.last?.contains(#""label":"%1""#) == true)
                #expect(!response.text.contains("SECRET-IDEA"))
            }
            try await writer.value
        }
    }
}
