import Foundation
import Testing
import WorkshopKit
@testable import WorkshopServer

/// Idea changes through the room's writer: on disk when acknowledged, a retry a duplicate, a
/// refusal in the session's words, one line each for the facilitator's terminal, and no persona
/// settled by them.
struct GroupCommitIdeasTests {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var arrivals: [Arrival] = []
        func add(_ more: [Arrival]) { lock.lock(); arrivals += more; lock.unlock() }
        var all: [Arrival] { lock.lock(); defer { lock.unlock() }; return arrivals }
    }

    @Test func ideaChangesAreWrittenOnceAndWorded() async throws {
        let fixture = try RoomFixture()
        let lines = Lines()
        let commit = GroupCommit(gate: SessionGate(fixture.session), assignments: [:]) { lines.add($0) }
        let draft = IdeaDraft(prompt: "try-first", group: "table-2", text: "Ask the union")
        let idea = Submission(group: "table-2", idea: .idea(draft), recordID: 0x1d1)
        #expect(await commit.submit(idea) == .saved)
        let journal = try String(contentsOfFile: fixture.copy.journal("stirling-2015").path, encoding: .utf8)
        #expect(journal.contains("\"id\":\"00000000000001d1\"") && journal.contains("\"by\":\"phone:table-2\""))
        #expect(await commit.submit(idea) == .duplicate)
        let edit = Submission(group: "table-3", idea: .editIdea(0x1d1, text: "mine now", asGroup: "table-3"), recordID: 0x1d2)
        #expect(await commit.submit(edit) == .refused("idea %1 is table-2's; a group can edit only its own", key: "room.refusal.writer_idea"))
        let dots = Submission(group: "table-2", idea: .dots(group: "table-2", prompt: "try-first", item: .idea(0x1d1), count: 1),
                              recordID: 0x1d3)
        #expect(await commit.submit(dots) == .refused("voting on 'try-first' is not open", key: "room.refusal.writer_dots"))
        #expect(commit.persona(of: "table-2") == nil, "an idea settles no persona")
        commit.stop()
        #expect(lines.all.map(\.idea) == ["idea %1 for 'try-first'"])
        #expect(lines.all.first?.cell.group == "table-2")
    }
}
