import Testing
@testable import WorkshopKit
@testable import WorkshopSession
@testable import WorkshopMerge
@testable import WorkshopReports

struct UndoLedgerTests {
    @Test func undoTakesChangesBackNewestFirstAndRedoReappliesInReverse() {
        var ledger = UndoLedger()
        for entry: Int32 in [0, 1, 2] { ledger.push(entry, by: 0) }
        var undone: [Int32] = []
        while let entry = ledger.candidate(.undo, for: 0) {
            ledger.revert(entry, .undo, by: 0)
            undone.append(entry)
        }
        #expect(undone == [2, 1, 0])
        var redone: [Int32] = []
        while let entry = ledger.candidate(.redo, for: 0) {
            ledger.revert(entry, .redo, by: 0)
            redone.append(entry)
        }
        #expect(redone == [0, 1, 2])
        #expect(ledger.candidate(.undo, for: 0) == 2)
    }

    @Test func eachPersonHasTheirOwnStacks() {
        var ledger = UndoLedger()
        ledger.push(0, by: 0)
        ledger.push(1, by: 2)
        ledger.push(2, by: 0)
        #expect(ledger.candidate(.undo, for: 0) == 2)
        #expect(ledger.candidate(.undo, for: 1) == nil)
        #expect(ledger.candidate(.undo, for: 2) == 1)
        #expect(ledger.candidate(.undo, for: 7) == nil, "someone who never changed anything")
        ledger.revert(2, .undo, by: 0)
        #expect(ledger.candidate(.redo, for: 0) == 2)
        #expect(ledger.candidate(.redo, for: 2) == nil)
    }

    @Test func aNewChangeClearsOnlyItsAuthorsRedo() {
        var ledger = UndoLedger()
        ledger.push(0, by: 0)
        ledger.push(1, by: 1)
        ledger.revert(0, .undo, by: 0)
        ledger.revert(1, .undo, by: 1)
        ledger.push(2, by: 0)
        #expect(ledger.candidate(.redo, for: 0) == nil)
        #expect(ledger.candidate(.redo, for: 1) == 1)
        #expect(ledger.candidate(.undo, for: 0) == 2)
    }

    @Test func findLooksFromTheTopAndRevertTakesOutThatEntry() {
        var ledger = UndoLedger()
        for entry: Int32 in [10, 11, 12, 13] { ledger.push(entry, by: 0) }
        #expect(ledger.find(.undo, for: 0) { $0 % 2 == 1 } == 13)
        #expect(ledger.find(.undo, for: 0) { $0 < 12 } == 11)
        #expect(ledger.find(.undo, for: 0) { $0 > 99 } == nil)
        // A merged journal undoes one below the top: the rest keep their order.
        ledger.revert(11, .undo, by: 0)
        #expect(ledger.candidate(.redo, for: 0) == 11)
        var rest: [Int32] = []
        while let entry = ledger.candidate(.undo, for: 0) {
            ledger.revert(entry, .undo, by: 0)
            rest.append(entry)
        }
        #expect(rest == [13, 12, 10])
    }

    @Test func anEntryNotOnTheStackIsOnlyAddedToTheOther() {
        var ledger = UndoLedger()
        ledger.push(0, by: 0)
        ledger.revert(5, .undo, by: 1)
        #expect(ledger.candidate(.redo, for: 1) == 5)
        #expect(ledger.candidate(.undo, for: 0) == 0)
        #expect(ledger.candidate(.undo, for: 1) == nil)
    }
}
