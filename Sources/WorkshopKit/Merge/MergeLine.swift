/// One record of a journal being merged, as much of it as the merge needs: where its bytes are,
/// its identity and place in time, and the few fields the merge's rules look at.
struct MergeLine {
    /// Which of the merge's byte buffers holds the line (a journal, or the lines the merge writes).
    var source: Int
    /// The line's bytes in that buffer, newline not included.
    var range: Range<Int>
    var at: Int64
    var id: UInt64
    var kind: RecordKind
    /// The `group` of an answer, withdraw, note or add-group.
    var group: String?
    /// The `target` of an undo or redo.
    var target: UInt64?
    /// Which side it came from: filled in when the journals are put together.
    var origin: Origin = .ours

    enum Origin: Equatable {
        /// In the journal merged into only.
        case ours
        /// In the other journal only.
        case theirs
        /// In both (the same record id).
        case both
        /// Written by the merge (a snapshot's activity or group, a renamed room's group).
        case merge
    }

    /// Merge order: time, then id; the journal the line came from only breaks a tie of copies.
    static func precedes(_ left: MergeLine, _ right: MergeLine) -> Bool {
        if left.at != right.at { return left.at < right.at }
        if left.id != right.id { return left.id < right.id }
        return left.source < right.source
    }
}
