import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// `undo --count N` and `redo --count N` through the binary: one write, so all N changes are taken
/// back (or put back) or none, and a refusal says why and changes nothing.
struct UndoAllOrNoneTests {
    let copy: ExampleCopy

    init() throws {
        copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015", "--as", "s1"])
    }

    func score(_ group: String, _ answer: String, note: String? = nil) throws {
        let result = try copy.workshop(["score", "s1", "drop-in", "academic", answer, "-g", group]
            + (note.map { ["--note", $0] } ?? []))
        #expect(result.status == 0, "\(result.stderr)")
    }

    func answers() throws -> Int {
        try Session.open("s1", root: ProjectRoot(path: copy.path), writable: false).state.currentAnswers.count
    }

    func journal() throws -> Data { try Data(contentsOf: copy.journal("s1")) }

    /// Change A, a redaction, change B: `undo --count 2` would take back B and then be refused at A.
    /// Before, B was undone and only the refusal printed; now nothing is written.
    @Test func aCountReachingPastARedactionChangesNothingAndSaysWhy() throws {
        try score("table-1", "2", note: "ask Jane Doe")
        let log = try copy.workshop(["log", "s1", "--ids"]).stdout.split(separator: "\n")
        let id = String(try #require(log.first { $0.contains("Jane Doe") }).prefix(8))
        #expect(try copy.workshop(["redact", "s1", id, "--reason", "names a student"]).status == 0)
        try score("table-2", "4")
        let before = try journal()
        let refused = try copy.workshop(["undo", "s1", "--count", "2"])
        #expect(refused.status == 1)
        #expect(refused.stdout == "")
        #expect(refused.stderr == "error: undo --count 2: change 2 of the 2 is older than your redaction of answer \(id), "
            + "which cannot be undone (its text is gone from the journal); undo at most 1 now; nothing was changed\n",
            "\(refused.stderr)")
        #expect(try journal() == before)
        #expect(try answers() == 2)
        let one = try copy.workshop(["undo", "s1", "--count", "1"])
        #expect(one.stdout == "undid score drop-in · academic · table-2 = 4\n", "\(one.stdout) \(one.stderr)")
        #expect(try answers() == 1)
    }

    /// Three undos are one batch: cut anywhere inside it (a crash mid-write), the journal replays to
    /// all three answers standing; whole, to none. `redo` then puts back one, `redo --count 2` the rest.
    @Test func aCountIsOneBatchAndRedoPutsItBack() throws {
        try score("table-1", "1")
        try score("table-2", "2")
        try score("table-3", "3")
        let start = try journal().count
        let undone = try copy.workshop(["undo", "s1", "--count", "3"])
        #expect(undone.status == 0, "\(undone.stderr)")
        #expect(undone.stdout == """
            undid score drop-in · academic · table-3 = 3
            undid score drop-in · academic · table-2 = 2
            undid score drop-in · academic · table-1 = 1

            """, "\(undone.stdout)")
        let whole = try journal()
        let added = String(decoding: whole[start...], as: UTF8.self).split(separator: "\n")
        #expect(added.count == 4)
        #expect(added.first?.hasPrefix(#"{"type":"batch","#) == true, "\(added)")
        #expect(added.dropFirst().allSatisfy { $0.hasPrefix(#"{"type":"undo","#) && $0.contains(#""batch":""#) })
        let path = copy.journal("s1").path
        for cut in start...whole.count {
            let state = try SessionReplay.replay(JournalBytes(Array(whole[..<cut])), path: path).state
            #expect(state.currentAnswers.count == (cut == whole.count ? 0 : 3), "cut at \(cut)")
        }
        #expect(try copy.workshop(["redo", "s1"]).stdout == "redid score drop-in · academic · table-1 = 1\n")
        let rest = try copy.workshop(["redo", "s1", "--count", "2"])
        #expect(rest.status == 0, "\(rest.stderr)")
        #expect(try answers() == 3)
        let status = try copy.workshop(["status", "s1"]).stdout
        #expect(status.contains("0 undone"), "\(status)")
    }
}
