/// The lines of a change made of several records: a batch's head, and undo or redo lines naming
/// their target (a walk taken back whole).
extension RecordEncoder {
    /// A batch's head: the `count` lines after it are one change, applied whole or not at all. A
    /// kind of format 4, so it names its format: an older reader refuses the journal rather than
    /// applying half a row.
    package static func batchHead(count: Int, by person: String, at time: Int64, id: UInt64) -> [UInt8] {
        var line = JSONLine()
        line.add("type", RecordKind.batch.rawValue)
        line.add("id", RecordID.format(id))
        line.add("at", Timestamp.format(time))
        line.add("by", person)
        line.add("lines", String(count))
        line.add("format", String(RecordKind.batch.introducedIn))
        return line.finished()
    }

    /// An undo or redo of the record at entry `target`, as one line of batch `batch` when given.
    package func revert(_ target: Int32, _ direction: UndoLedger.Direction, by person: String, at time: Int64, id: UInt64,
                batch: UInt64?) -> [UInt8] {
        var line = JSONLine()
        line.add("type", (direction == .undo ? RecordKind.undo : .redo).rawValue)
        line.add("id", RecordID.format(id))
        line.add("at", Timestamp.format(time))
        line.add("by", person)
        line.add("target", RecordID.format(state.entries[Int(target)].id))
        line.add("batch", batch.map(RecordID.format))
        return line.finished()
    }

    /// Ids for a batch of `count` lines: the head's, then one more for each line, so a sort by time
    /// then id (as merges made before format 4 do) keeps the head before its lines, in order.
    package static func batchIDs(count: Int) -> (head: UInt64, lines: [UInt64]) {
        let head = RecordID.random() % (UInt64.max - UInt64(count) - 1)
        return (head, (1...UInt64(max(count, 1))).map { head + $0 })
    }
}
