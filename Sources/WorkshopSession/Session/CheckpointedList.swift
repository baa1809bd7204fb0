import WorkshopModel

/// Rows a checkpoint holds, read in place from its mapping (`EntryColumns`, `NoteColumns`).
package protocol CheckpointRows: Sendable {
    associatedtype Row: Sendable
    var count: Int { get }
    subscript(row: Int) -> Row { get }
}

/// A list of a session's state that a checkpoint may hold: first the rows the checkpoint holds,
/// read in place, then those replayed or recorded since, in memory. A command that needs a few
/// entries of a million reads a few. Changing a row the checkpoint holds (undo flips an entry's
/// `active`, redact empties a note) keeps the new value beside it.
package struct CheckpointedList<Rows: CheckpointRows>: RandomAccessCollection, MutableCollection, Sendable {
    package typealias Element = Rows.Row

    private var base: Rows?
    private var baseCount = 0
    /// Rows of `base` changed since it was read, by index.
    private var changed: [Int32: Element] = [:]
    private var tail: [Element] = []

    package init() {}

    package init(_ base: Rows) {
        self.base = base
        baseCount = base.count
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { baseCount + tail.count }

    package subscript(position: Int) -> Element {
        get {
            if position >= baseCount { return tail[position - baseCount] }
            if !changed.isEmpty, let row = changed[Int32(position)] { return row }
            return base.unsafelyUnwrapped[position]  // baseCount > 0 only with a base
        }
        set {
            if position >= baseCount {
                tail[position - baseCount] = newValue
            } else {
                precondition(position >= 0, "row \(position)")
                changed[Int32(position)] = newValue
            }
        }
    }

    /// Room for `count` more rows without growing: a replay of a million lines otherwise copies its
    /// lists some twenty times over as they double.
    package mutating func reserveCapacity(more count: Int) {
        tail.reserveCapacity(tail.count + count)
    }

    package mutating func append(_ row: Element) {
        tail.append(row)
    }

    /// Cheap for the last row; any other row the checkpoint holds brings every row into memory.
    package mutating func remove(at position: Int) {
        if position >= baseCount {
            tail.remove(at: position - baseCount)
        } else if position == baseCount - 1, tail.isEmpty {
            changed[Int32(position)] = nil
            baseCount -= 1
        } else {
            var rows = Array(self)
            rows.remove(at: position)
            self = CheckpointedList()
            tail = rows
        }
    }

    package mutating func removeAll() {
        self = CheckpointedList()
    }
}

extension SessionState {
    package typealias EntryList = CheckpointedList<EntryColumns>
    package typealias NoteList = CheckpointedList<NoteColumns>
    package typealias IndexList = CheckpointedList<IndexColumn>
}
