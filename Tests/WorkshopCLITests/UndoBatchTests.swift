import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// `undo` and `redo` through the binary: a row is one change, `--count N` takes back N changes, and
/// a refused count changes nothing.
struct UndoBatchTests {
    let copy: ExampleCopy

    init() throws {
        copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
    }

    func answers() throws -> Int {
        try Session.open("stirling-2015", root: ProjectRoot(path: copy.path), writable: false).state.currentAnswers.count
    }

    @Test func aRowIsOneChangeForUndoAndRedoInBatchMode() throws {
        let result = try copy.workshop([], input: """
            open stirling-2015
            use undergraduate table-3
            score drop-in 2 --group table-1
            row 4 3 5 ? 2 - 4 4 3 2 5 1 3 4
            undo
            redo
            """ + "\n", environment: ["WORKSHOP_FACILITATOR": "anna"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("undid row for undergraduate · table-3: 13 answers"), "\(result.stdout)")
        #expect(result.stdout.contains("redid row for undergraduate · table-3: 13 answers"), "\(result.stdout)")
        #expect(try answers() == 14)
        let status = try copy.workshop(["status", "stirling-2015"]).stdout
        #expect(status.contains("0 undone"), "\(status)")
    }

    @Test func undoCountTakesBackThatManyChangesAndRefusesTooMany() throws {
        _ = try copy.workshop(["score", "stirling-2015", "drop-in", "academic", "2", "--group", "table-1"], environment: ["WORKSHOP_FACILITATOR": "anna"])
        _ = try copy.workshop(["row", "stirling-2015", "undergraduate", "table-3"] + Array(repeating: "3", count: 14),
                         environment: ["WORKSHOP_FACILITATOR": "anna"])
        #expect(try answers() == 15)
        let before = try Data(contentsOf: copy.journal("stirling-2015"))
        let refused = try copy.workshop(["undo", "stirling-2015", "--count", "3"], environment: ["WORKSHOP_FACILITATOR": "anna"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: undo --count 3: you have 2 changes to undo; nothing was changed\n", "\(refused.stderr)")
        #expect(try Data(contentsOf: copy.journal("stirling-2015")) == before)
        let undone = try copy.workshop(["undo", "stirling-2015", "--count", "2"], environment: ["WORKSHOP_FACILITATOR": "anna"])
        #expect(undone.status == 0, "\(undone.stderr)")
        #expect(undone.stdout == """
            undid row for undergraduate · table-3: 14 answers
            undid score drop-in · academic · table-1 = 2

            """, "\(undone.stdout)")
        #expect(try answers() == 0)
        let redone = try copy.workshop(["redo", "stirling-2015", "--count", "2"], environment: ["WORKSHOP_FACILITATOR": "anna"])
        #expect(redone.status == 0, "\(redone.stderr)")
        #expect(try answers() == 15)
    }

    /// Rows from two laptops, merged: each stays one batch, so each laptop's undo still takes its
    /// row back whole, in the merged journal.
    @Test func rowsStayWholeThroughAMerge() throws {
        let other = try ExampleCopy()
        try FileManager.default.copyItem(at: copy.journal("stirling-2015"), to: other.journal("stirling-2015"))
        let sheet = ["4", "3", "5", "?", "2", "-", "4", "4", "3", "2", "5", "1", "3", "4"]
        #expect(try copy.workshop(["row", "stirling-2015", "undergraduate", "table-3"] + sheet,
                             environment: ["WORKSHOP_FACILITATOR": "anna"]).status == 0)
        #expect(try other.workshop(["row", "stirling-2015", "academic", "table-1"] + sheet,
                              environment: ["WORKSHOP_FACILITATOR": "bea"]).status == 0)
        let merged = try copy.workshop(["merge", "stirling-2015", other.journal("stirling-2015").path])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(try answers() == 26)
        let undone = try copy.workshop(["undo", "stirling-2015"], environment: ["WORKSHOP_FACILITATOR": "bea"])
        #expect(undone.stdout == "undid row for academic · table-1: 13 answers\n", "\(undone.stdout) \(undone.stderr)")
        #expect(try answers() == 13)
        let mine = try copy.workshop(["undo", "stirling-2015"], environment: ["WORKSHOP_FACILITATOR": "anna"])
        #expect(mine.stdout == "undid row for undergraduate · table-3: 13 answers\n", "\(mine.stdout) \(mine.stderr)")
        #expect(try answers() == 0)
    }

    /// A copy that ends inside a row a crash cut short (whole lines, never acknowledged) is refused
    /// by merge, which would otherwise leave a journal that later lines make damaged.
    @Test func aCopyEndingInsideARowIsNotMerged() throws {
        let other = try ExampleCopy()
        try FileManager.default.copyItem(at: copy.journal("stirling-2015"), to: other.journal("stirling-2015"))
        #expect(try other.workshop(["row", "stirling-2015", "academic", "table-1"] + Array(repeating: "3", count: 14),
                              environment: ["WORKSHOP_FACILITATOR": "bea"]).status == 0)
        let lines = try String(contentsOf: other.journal("stirling-2015"), encoding: .utf8).split(separator: "\n")
        try (lines.prefix(1 + 1 + 3).joined(separator: "\n") + "\n").write(to: other.journal("stirling-2015"), atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: copy.journal("stirling-2015"))
        let result = try copy.workshop(["merge", "stirling-2015", other.journal("stirling-2015").path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("it would end inside a row a crash cut short"), "\(result.stderr)")
        #expect(try Data(contentsOf: copy.journal("stirling-2015")) == before)
    }
}
