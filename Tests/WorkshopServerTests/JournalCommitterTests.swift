import Foundation
import Testing
import WorkshopKit
@testable import WorkshopServer

/// The journal committed from inside the server, in process against a real git: only when it
/// changed, the journal alone (whatever else is staged), its new records counted; a failure is
/// one line and the next look tries again.
struct JournalCommitterTests {
    /// The fixture's folder as a git repository with everything committed.
    func repository(_ fixture: RoomFixture) throws -> String {
        let root = fixture.copy.path
        for arguments in [["init", "-q"], ["config", "user.name", "t"], ["config", "user.email", "t@example.org"],
                          ["config", "commit.gpgsign", "false"], ["add", "-A"], ["commit", "-qm", "seed"]] {
            _ = try GitProcess.run(arguments, in: root)
        }
        return root
    }

    func answer(_ gate: SessionGate, _ activity: String, _ value: Int) throws {
        try gate.exclusive { session in
            _ = try session.record(.answer(Cell(activity: activity, persona: "academic", group: "table-1"), .level(value), note: nil),
                                   by: "a")
        }
    }

    @Test func commitsTheJournalAloneOnlyWhenItChanged() throws {
        let fixture = try RoomFixture()
        let root = try repository(fixture)
        let gate = SessionGate(fixture.session)
        let committer = JournalCommitter(gate: gate, interval: 60, journal: fixture.session.path) { _ in }
        #expect(committer.commitIfChanged() == .unchanged, "as the last commit left it")
        try answer(gate, "drop-in", 4)
        try answer(gate, "induction", 2)
        try "not the journal\n".write(toFile: root + "/other.txt", atomically: true, encoding: .utf8)
        _ = try GitProcess.run(["add", "other.txt"], in: root)

        let outcome = committer.commitIfChanged()
        guard case let .committed(records, commit) = outcome else {
            Issue.record("expected a commit, got \(outcome)")
            return
        }
        let head = try GitProcess.run(["rev-parse", "--short", "HEAD"], in: root)
        #expect(records == 2 && commit == head)
        #expect(try GitProcess.run(["log", "-1", "--format=%s"], in: root) == "Session stirling-2015: 2 new records, committed by workshop serve")
        #expect(try GitProcess.run(["show", "--name-only", "--format=", "HEAD"], in: root) == "sessions/stirling-2015.jsonl")
        #expect(try GitProcess.run(["diff", "--cached", "--name-only"], in: root) == "other.txt", "what else was staged stays staged")
        #expect(try GitProcess.run(["show", "HEAD:sessions/stirling-2015.jsonl"], in: root) + "\n"
            == String(contentsOfFile: fixture.session.path, encoding: .utf8))
        #expect(committer.commitIfChanged() == .unchanged)
    }

    @Test func aFailedCommitIsOneLineAndTriedAgain() throws {
        let fixture = try RoomFixture()
        let root = try repository(fixture)
        let gate = SessionGate(fixture.session)
        let committer = JournalCommitter(gate: gate, interval: 60, journal: fixture.session.path) { _ in }
        let lock = root + "/.git/index.lock"
        #expect(FileManager.default.createFile(atPath: lock, contents: nil))
        try answer(gate, "drop-in", 4)
        let outcome = committer.commitIfChanged()
        guard case let .failed(reason) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            return
        }
        #expect(reason.hasPrefix("fatal: Unable to create") && !reason.contains("\n"), "\(reason)")
        try FileManager.default.removeItem(atPath: lock)
        try answer(gate, "induction", 3)
        guard case .committed(2, _) = committer.commitIfChanged() else {
            Issue.record("the next look commits both answers")
            return
        }
    }

    /// A commit waits while a write holds the gate, so it never reads a line half written.
    @Test func aCommitWaitsForTheGate() throws {
        let fixture = try RoomFixture()
        _ = try repository(fixture)
        let gate = SessionGate(fixture.session)
        let committer = JournalCommitter(gate: gate, interval: 60, journal: fixture.session.path) { _ in }
        try answer(gate, "drop-in", 4)
        let done = DispatchSemaphore(value: 0)
        let waited = gate.exclusive { _ in
            Thread.detachNewThread {
                _ = committer.commitIfChanged()
                done.signal()
            }
            return done.wait(timeout: .now() + 1)
        }
        #expect(waited == .timedOut, "no commit while the gate is held")
        #expect(done.wait(timeout: .now() + 10) == .success, "the commit once it is let go")
    }

    @Test func aFolderOutsideGitIsRefusedAndOneInsideIsNot() throws {
        let fixture = try RoomFixture()
        let refusal = try #require(JournalCommitter.refusal(journal: fixture.session.path))
        #expect(refusal.contains("not a git repository") && !refusal.contains("\n"))
        _ = try repository(fixture)
        #expect(JournalCommitter.refusal(journal: fixture.session.path) == nil)
    }

    @Test(arguments: [("3\t0\ts.jsonl\n", 3), ("1\t1\ts.jsonl", 0), ("-\t-\ts.jsonl", 0), ("", nil), ("12\t2\ts.jsonl", 10)] as [(String, Int?)])
    func newRecordsAreLinesAddedLessTakenAway(numstat: String, records: Int?) {
        #expect(JournalCommitter.newRecords(numstat: numstat) == records)
    }
}
