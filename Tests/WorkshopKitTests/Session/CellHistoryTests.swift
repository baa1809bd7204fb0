import Testing
@testable import WorkshopKit
@testable import WorkshopSession
@testable import WorkshopMerge
@testable import WorkshopReports

struct CellHistoryTests {
    /// A history of records: each names the cell it answers (by number) or nil for a record that is
    /// not about a cell. `undone` are the entries taken back, in the order they were undone.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var records: [Int?]
        var undone: [Int32]
        var redone: [Int32] = []
        /// The current entry of each cell after the undos and redos.
        var current: [Int32?]
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "the newest answer is current", records: [0, 0, 0], undone: [], current: [2]),
        Case(name: "undo goes back one answer", records: [0, 0, 0], undone: [2], current: [1]),
        Case(name: "undoing every answer empties the cell", records: [0, 0], undone: [1, 0], current: [nil]),
        Case(name: "an older undone answer is skipped", records: [0, 0, 0], undone: [2, 1], current: [0]),
        Case(name: "undoing an older answer leaves the newest current", records: [0, 0], undone: [0], current: [1]),
        Case(name: "redo brings the newest back", records: [0, 0, 0], undone: [2, 1], redone: [2], current: [2]),
        Case(name: "redo of an older one below an undone newer", records: [0, 0, 0], undone: [2, 1], redone: [1],
             current: [1]),
        Case(name: "other records in between keep each cell's chain", records: [0, nil, 1, nil, 0, 1],
             undone: [5, 4], current: [0, 2]),
        Case(name: "cells do not share history", records: [0, 1, 0, 1], undone: [3], current: [2, 1]),
    ])
    func undoAndRedoReselectTheNewestActiveEntry(_ example: Case) throws {
        var history = CellHistory()
        var active: [Bool] = []
        var cellOf: [Int32: Int32] = [:]
        for (entry, cellNumber) in example.records.enumerated() {
            let cell = try cellNumber.map { number -> Int32 in
                history.cell(for: try #require(CellKey(activity: Int32(number), persona: 0, group: 0, criterion: 0)))
            }
            history.record(entry: Int32(entry), in: cell)
            active.append(true)
            if let cell { cellOf[Int32(entry)] = cell }
        }
        for (entry, flag) in example.undone.map({ ($0, false) }) + example.redone.map({ ($0, true) }) {
            active[Int(entry)] = flag
            let cell = try #require(cellOf[entry])
            history.reselect(cell: cell) { active[Int($0)] }
        }
        #expect(history.count == example.current.count)
        #expect((0..<history.count).map { history.current(of: $0) } == example.current)
    }

    @Test func aCellIsMadeOnceAndKeepsItsKey() throws {
        var history = CellHistory()
        let first = try #require(CellKey(activity: 1, persona: 2, group: 3, criterion: 0))
        let second = try #require(CellKey(activity: 2, persona: 2, group: 3, criterion: 0))
        #expect(history.cell(of: first) == nil)
        #expect(history.cell(for: first) == 0)
        #expect(history.cell(for: second) == 1)
        #expect(history.cell(for: first) == 0)
        #expect(history.cell(of: second) == 1)
        #expect(history.key(of: 1) == second)
        #expect(history.current(of: 0) == nil, "a cell made but not yet answered has no current entry")
    }
}
