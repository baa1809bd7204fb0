extension SessionState {
    /// A batch being applied: its head entry, its id (each of its lines carries it as `batch`), how
    /// many lines are still to come, whether every one so far can be undone, and whether it began in
    /// a closed session (then only undos and redos may follow).
    package struct OpenBatch: Sendable {
        package var header: Int32
        package var id: UInt64
        package var remaining: Int16
        package var undoable = true
        package var closed = false
    }

    /// The most lines one batch may hold (its count is kept in the head entry's `value`).
    package static let batchLimit = Int(Int16.max)

    /// Whether this line belongs to the open batch. A line marked for no open batch, an unmarked line
    /// (or another batch) while one is open, and a line of another batch are all refused: a batch's
    /// lines follow its head in one write.
    package mutating func joinBatch(kind: RecordKind, mark: UnsafeRawBufferPointer?) throws(ReplayProblem) -> Bool {
        guard let open = openBatch else {
            guard let mark else { return false }
            throw .badBatch("a line of batch '\(String(decoding: mark, as: UTF8.self))' with no batch record open before it")
        }
        guard let mark, RecordID.parse(mark) == open.id, kind != .batch else {
            let count = Int(entries[Int(open.header)].value)
            throw .badBatch("batch '\(RecordID.format(open.id))' ends after \(count - Int(open.remaining)) of its \(count) lines")
        }
        // A row begun in a closed session is refused even if an undo of the close comes first in it.
        if open.closed, kind != .undo, kind != .redo { throw .closed }
        return true
    }

    /// A batch's head: how many lines follow it, now open.
    package mutating func beginBatch(_ fields: LineFields, header: Int32, id: UInt64) throws(ReplayProblem) -> Int16 {
        let text = try text(fields, .lines)
        guard let count = Int16(text), count > 0 else { throw .badValue(key: "lines", value: text) }
        openBatch = OpenBatch(header: header, id: id, remaining: count, closed: isClosed)
        return count
    }

    /// One line of the open batch applied; after its last, the batch is one change on its author's
    /// undo stack (unless its lines are undos or redos themselves, which are not undone).
    package mutating func closeBatchLine(_ kind: RecordKind) {
        guard var open = openBatch else { return }
        open.remaining -= 1
        open.undoable = open.undoable && kind.isUndoable
        guard open.remaining == 0 else {
            openBatch = open
            return
        }
        openBatch = nil
        if open.undoable { ledger.push(open.header, by: Int(entries[Int(open.header)].by)) }
    }

    /// The entries a batch head stands for.
    package func members(ofBatch header: Int32) -> ClosedRange<Int32> {
        header + 1...header + Int32(max(1, entries[Int(header)].value))
    }

    /// Whether `entry` heads a batch whose lines can be taken back (a row, not a batch of undos).
    package func isUndoableBatch(_ entry: Int32) -> Bool {
        let last = Int(entry) + Int(entries[Int(entry)].value)
        return last < entries.count && entries[Int(entry) + 1].kind.isUndoable
    }
}
