import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// Two copies took back the same `rate` walk answers, with `undo` or with `undo --walk` (a batch):
/// the merge counts each once and never breaks a batch, in either direction.
struct MergeWalkUndoTests {
    /// Session s1 with a walk of three answers by anna, and a copy of it.
    func walkInTwoCopies() throws -> (ExampleCopy, ExampleCopy) {
        let a = try ExampleCopy(), b = try ExampleCopy()
        #expect(try a.workshop(["start", "stirling-2015", "--as", "s1"]).status == 0)
        do {
            let session = try Session.open("s1", root: ProjectRoot(path: a.path), writable: true)
            let state = session.state, walk = RecordID.random()
            for activity in state.activeActivities.prefix(3) {
                let cell = Cell(activity: activity.id, persona: state.plan.personas[0], group: state.activeGroups[0])
                try session.record(.answer(cell, .level(3), note: nil), by: "anna", walk: walk)
            }
        }
        try FileManager.default.copyItem(at: a.journal("s1"), to: b.journal("s1"))
        return (a, b)
    }

    /// Copy A took back the walk's last answer with `undo`, the whole walk with `undo --walk`, or
    /// both in turn; copy B then took back the whole walk with `undo --walk`.
    @Test(arguments: [[["undo", "s1"]], [["undo", "s1", "--walk"]], [["undo", "s1"], ["undo", "s1", "--walk"]]],
          [false, true])
    func aWalkUndoneInBothCopiesMergesWithEachBatchWhole(_ commands: [[String]], intoWalk: Bool) throws {
        let (a, b) = try walkInTwoCopies()
        for command in commands { #expect(try a.workshop(command).status == 0) }
        Thread.sleep(forTimeInterval: 0.01)
        let walked = try b.workshop(["undo", "s1", "--walk"])
        #expect(walked.stdout.contains("undid a rate walk: 3 answers"), "\(walked.stdout)\(walked.stderr)")
        let (into, other) = intoWalk ? (b, a) : (a, b)
        let result = try into.workshop(["merge", "s1", other.journal("s1").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try into.standing() == [], "every answer of the walk is taken back")
        let text = try String(contentsOf: into.journal("s1"), encoding: .utf8)
        #expect(text.components(separatedBy: #""type":"undo""#).count == 4,
                "one undo per answer: repeats left out, batches whole")
    }
}
