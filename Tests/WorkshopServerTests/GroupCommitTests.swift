import Foundation
import Testing
import WorkshopKit
@testable import WorkshopServer

/// The room's writer: acknowledged only once on disk, a retry found by its id, a table held to the
/// persona it first answered as, and `stop` returning only when the writer is done.
struct GroupCommitTests {
    func submission(_ group: String, _ persona: String, key: String, answer: Int = 3) -> Submission {
        Submission(cell: Cell(activity: "drop-in", persona: persona, group: group), answer: .level(answer), note: key,
                   recordID: SubmissionID.make(secret: "s", group: group, key: key))
    }

    @Test func acknowledgesOnDiskOnceAndHoldsATableToItsPersona() async throws {
        let fixture = try RoomFixture()
        let gate = SessionGate(fixture.session)
        let commit = GroupCommit(gate: gate, assignments: ["table-1": "academic"]) { _ in }
        let journal = fixture.copy.journal("stirling-2015").path
        #expect(await commit.submit(submission("table-2", "phd-candidate", key: "a")) == .saved)
        let written = try String(contentsOfFile: journal, encoding: .utf8)
        #expect(written.contains("\"text\":\"a\""), "on disk when acknowledged, the note a record of its own")
        #expect(await commit.submit(submission("table-2", "phd-candidate", key: "a")) == .duplicate)
        #expect(await commit.submit(submission("table-2", "academic", key: "b"))
            == GroupCommit.refusal("room.refusal.writer_plays", ["plays": "phd-candidate", "asked": "academic"]))
        #expect(await commit.submit(submission("table-1", "undergraduate", key: "c"))
            == GroupCommit.refusal("room.refusal.writer_plays", ["plays": "academic", "asked": "undergraduate"]))
        #expect(commit.persona(of: "table-2") == "phd-candidate")
        #expect(GroupCommit.refusal("room.refusal.writer_plays", ["plays": "phd-candidate", "asked": "academic"])
            == .refused("this table plays 'phd-candidate', not 'academic'", key: "room.refusal.writer_plays",
                        values: ["plays": "phd-candidate", "asked": "academic"]), "the terminal's line stays as it was")
        commit.stop()
        #expect(await commit.submit(submission("table-3", "academic", key: "d"))
            == GroupCommit.refusal("room.refusal.writer_closing"))
        let lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n")
        #expect(lines.filter { $0.contains("\"type\":\"answer\"") }.count == 1)
        #expect(lines.filter { $0.contains("\"type\":\"note\"") }.count == 1)
    }

    /// An answer saved with its note refused is not "saved" when sent again: the note is still not
    /// on disk, so the retry is refused again rather than called a duplicate.
    @Test func aRetryWhoseNoteWasRefusedIsNotCalledSaved() async throws {
        let fixture = try RoomFixture()
        let commit = GroupCommit(gate: SessionGate(fixture.session), assignments: [:]) { _ in }
        let long = Submission(cell: Cell(activity: "drop-in", persona: "academic", group: "table-1"), answer: .level(4),
                              note: String(repeating: "n", count: TextLimit.note + 1),
                              recordID: SubmissionID.make(secret: "s", group: "table-1", key: "k"))
        let first = await commit.submit(long)
        #expect(first != .saved && first != .duplicate, "\(first)")
        let again = await commit.submit(long)
        #expect(again != .saved && again != .duplicate, "the note is still not on disk: \(again)")
        commit.stop()
        let journal = try String(contentsOfFile: fixture.copy.journal("stirling-2015").path, encoding: .utf8)
        #expect(journal.split(separator: "\n").filter { $0.contains("\"type\":\"answer\"") }.count == 1,
                "the answer once, not again on the retry")
    }

    @Test func aRestartFindsTheRetryInTheJournal() async throws {
        let fixture = try RoomFixture()
        let first = GroupCommit(gate: SessionGate(fixture.session), assignments: [:]) { _ in }
        #expect(await first.submit(submission("table-2", "phd-candidate", key: "a")) == .saved)
        first.stop()
        // A new writer on the same session (the server started again) knows the id from the journal.
        let again = GroupCommit(gate: SessionGate(fixture.session), assignments: [:]) { _ in }
        #expect(await again.submit(submission("table-2", "phd-candidate", key: "a")) == .duplicate)
        #expect(again.persona(of: "table-2") == "phd-candidate", "the persona comes back from the answers")
        again.stop()
    }
}
