import WorkshopModel
import WorkshopSupport

/// Each person's undo and redo stacks of entry indexes: undo takes back your own latest change,
/// redo re-applies what you undid, and a new change of yours clears your redo.
package struct UndoLedger: Sendable {
    package enum Direction: Sendable {
        case undo, redo
    }

    /// By person index; grown as people first appear.
    private var undoStacks: [SessionState.IndexList] = []
    private var redoStacks: [SessionState.IndexList] = []

    /// A new change by `person`: it is the next to undo, and nothing undone before can be redone.
    package mutating func push(_ entry: Int32, by person: Int) {
        makeRoom(for: person)
        undoStacks[person].append(entry)
        if !redoStacks[person].isEmpty { redoStacks[person].removeAll() }
    }

    /// The entry `undo` (or `redo`) by `person` would take next, if any.
    package func candidate(_ direction: Direction, for person: Int) -> Int32? {
        guard person < undoStacks.count else { return nil }
        return direction == .undo ? undoStacks[person].last : redoStacks[person].last
    }

    /// The topmost entry on `person`'s stack for which `matches` holds: almost always the top, but a
    /// merged journal may name one lower down.
    package func find(_ direction: Direction, for person: Int, where matches: (Int32) -> Bool) -> Int32? {
        guard person < undoStacks.count else { return nil }
        // Read in place: a local copy of the stack would be a copy of the whole stack.
        return direction == .undo ? undoStacks[person].last(where: matches) : redoStacks[person].last(where: matches)
    }

    /// Every entry on `person`'s stack for which `matches` holds, top first, and how deep the stack is.
    package func all(_ direction: Direction, for person: Int, where matches: (Int32) -> Bool) -> [Int32] {
        guard person < undoStacks.count else { return [] }
        return (direction == .undo ? undoStacks[person] : redoStacks[person]).reversed().filter(matches)
    }

    /// The `count` entries `person` would undo (or redo) next, top first; fewer when the stack is shallower.
    package func top(_ count: Int, _ direction: Direction, for person: Int) -> [Int32] {
        guard person < undoStacks.count else { return [] }
        return (direction == .undo ? undoStacks[person] : redoStacks[person]).suffix(count).reversed()
    }

    /// How many changes `person` can undo (or redo) now.
    package func depth(_ direction: Direction, for person: Int) -> Int {
        guard person < undoStacks.count else { return 0 }
        return direction == .undo ? undoStacks[person].count : redoStacks[person].count
    }

    /// Moves `entry`, undone (or redone) by `person`, to the other stack: an undone change can be
    /// redone, a redone one undone again. An entry not on the person's stack (someone else's, in a
    /// merged journal) is only added to the other.
    package mutating func revert(_ entry: Int32, _ direction: Direction, by person: Int) {
        makeRoom(for: person)
        switch direction {
        case .undo:
            if let position = undoStacks[person].lastIndex(of: entry) { undoStacks[person].remove(at: position) }
            redoStacks[person].append(entry)
        case .redo:
            if let position = redoStacks[person].lastIndex(of: entry) { redoStacks[person].remove(at: position) }
            undoStacks[person].append(entry)
        }
    }

    private mutating func makeRoom(for person: Int) {
        while person >= undoStacks.count {
            undoStacks.append(SessionState.IndexList())
            redoStacks.append(SessionState.IndexList())
        }
    }
}

extension UndoLedger {
    package func write(to writer: inout BinaryWriter) {
        writer.int(UInt32(undoStacks.count))
        for (undo, redo) in zip(undoStacks, redoStacks) {
            writer.ints(Array(undo))
            writer.ints(Array(redo))
        }
    }

    /// Read in place; a stack naming an entry outside `entries` reads it as the first entry (see
    /// `IndexColumn`), so stacks are refused when there are no entries at all.
    package init(reading reader: inout BinaryReader, in file: MappedFile, entries: Int) throws(BinaryReader.Invalid) {
        let people = Int(try reader.int(UInt32.self))
        for _ in 0..<people {
            let undo = try IndexColumn(reading: &reader, in: file, lower: 0, upper: entries)
            let redo = try IndexColumn(reading: &reader, in: file, lower: 0, upper: entries)
            guard entries > 0 || undo.count + redo.count == 0 else { throw BinaryReader.Invalid() }
            undoStacks.append(SessionState.IndexList(undo))
            redoStacks.append(SessionState.IndexList(redo))
        }
    }
}
