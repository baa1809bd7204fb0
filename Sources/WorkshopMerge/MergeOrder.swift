/// The order of a merged journal: two journals interleaved, each one's own lines kept in its file
/// order. A journal's file order is what replay reads as "later" (many lines share a millisecond: a
/// script, a phone's group commit), so a merge never sorts one journal's lines; it only decides
/// where the other's lines go among them.
enum MergeOrder {
    /// Calls `body` with every line of `ours` and `theirs` once, a record both hold once (ours' copy,
    /// `both` true, at ours' place). Lines only one side holds are interleaved by time; when the
    /// times tie, the smaller record id goes first, so A+B and B+A give the same order. A record both
    /// hold is a meeting point: each side's lines before it come before it. Where the two sides hold
    /// shared records in different orders (only an older build's merge could have left that), ours'
    /// order wins. Theirs adding nothing gives exactly ours.
    static func interleave(_ ours: [MergeLine], _ theirs: [MergeLine], _ body: (MergeLine, _ both: Bool) -> Void) {
        // The long prefix copies share (a journal only grows) is walked in step, with no sets.
        var i = 0, j = 0
        while i < ours.count, j < theirs.count, ours[i].id == theirs[j].id {
            body(ours[i], true)
            i += 1
            j += 1
        }
        guard j < theirs.count else {
            for line in ours[i...] { body(line, false) }
            return
        }
        let inOurs = Set(ours[i...].map(\.id)), inTheirs = Set(theirs[j...].map(\.id))
        var passed = Set<UInt64>()  // shared records already written from ours
        while true {
            while j < theirs.count, inOurs.contains(theirs[j].id), passed.contains(theirs[j].id) { j += 1 }
            guard i < ours.count else { break }
            guard j < theirs.count else {
                for line in ours[i...] { body(line, inTheirs.contains(line.id)) }
                return
            }
            let mine = ours[i], other = theirs[j]
            let mineShared = inTheirs.contains(mine.id), otherShared = inOurs.contains(other.id)
            if mineShared, !otherShared {
                body(other, false)  // theirs' own line, before the shared record it precedes there
                j += 1
            } else if mineShared {
                body(mine, true)
                passed.insert(mine.id)
                i += 1
            } else if otherShared || !comesFirst(other, before: mine) {
                body(mine, false)
                i += 1
            } else {
                body(other, false)
                j += 1
            }
        }
        for line in theirs[j...] where !inOurs.contains(line.id) { body(line, false) }
    }

    /// Between two lines only one side holds each: the earlier by time, then the smaller id.
    static func comesFirst(_ left: MergeLine, before right: MergeLine) -> Bool {
        left.at != right.at ? left.at < right.at : left.id < right.id
    }
}
