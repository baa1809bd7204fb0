/// Undos and redos of several changes at once, written as one batch: all or none.
extension Session {
    /// Takes back every answer still standing of the `rate` walk that `person`'s latest change was
    /// an answer of, as one batch (all or none). Returns how many answers it took back.
    @discardableResult
    public func undoWalk(by person: String, at time: Int64 = Timestamp.now()) throws(SessionError) -> Int {
        try revertWalk(.undo, by: person, at: time)
    }

    /// Puts back every answer of the `rate` walk that `undo --walk` took back, as one batch.
    @discardableResult
    public func redoWalk(by person: String, at time: Int64 = Timestamp.now()) throws(SessionError) -> Int {
        try revertWalk(.redo, by: person, at: time)
    }

    /// Takes back `person`'s latest `count` changes, newest first, as one batch: all or none, and
    /// refused before anything is written when there are fewer or one is older than a redaction of
    /// theirs. Each goes on the redo stack on its own, so `redo --count` puts them back. Returns the
    /// entries of the undo records written.
    @discardableResult
    public func undo(count: Int, by person: String, at time: Int64 = Timestamp.now()) throws(SessionError) -> Range<Int> {
        try revert(.undo, count: count, by: person, at: time)
    }

    /// Puts back the last `count` changes `person` undid, as one batch; see `undo(count:by:at:)`.
    @discardableResult
    public func redo(count: Int, by person: String, at time: Int64 = Timestamp.now()) throws(SessionError) -> Range<Int> {
        try revert(.redo, count: count, by: person, at: time)
    }

    private func revert(_ direction: UndoLedger.Direction, count: Int, by person: String, at time: Int64)
        throws(SessionError) -> Range<Int>
    {
        let undo = direction == .undo
        let targets = state.revertTargets(direction, count: max(count, 0), for: person)
        guard count >= 1, targets.count == count else {
            throw .refused("you have \(targets.count) change\(targets.count == 1 ? "" : "s") to \(undo ? "undo" : "redo"); "
                + "nothing was changed")
        }
        if undo { try RecordEncoder(state: state).refuseUndo(of: targets, by: person) }
        try commitReverts(targets, direction, by: person, at: time)
        return state.recordCount - targets.count..<state.recordCount
    }

    private func revertWalk(_ direction: UndoLedger.Direction, by person: String, at time: Int64) throws(SessionError) -> Int {
        let undo = direction == .undo
        if undo { try RecordEncoder(state: state).refuseUndoPastRedaction(by: person) }
        guard let targets = state.walkTargets(direction, for: person), !targets.isEmpty else {
            if undo, state.undoCandidate(for: person) == nil { throw .nothingToUndo(person: person) }
            if !undo, state.redoCandidate(for: person) == nil { throw .nothingToRedo(person: person) }
            throw .refused("your last \(undo ? "change" : "undo") was not an answer of a rate walk; "
                + "use '\(undo ? "undo" : "redo")' without --walk")
        }
        try commitReverts(targets, direction, by: person, at: time)
        return targets.count
    }

    /// One undo (or redo) line per target, in order, as a batch when there is more than one, in one
    /// write: a refusal at any line (replay checks each) cuts them all off again.
    private func commitReverts(_ targets: [Int32], _ direction: UndoLedger.Direction, by person: String, at time: Int64)
        throws(SessionError)
    {
        let encoder = RecordEncoder(state: state)
        let ids = RecordEncoder.batchIDs(count: targets.count)
        let batch = targets.count > 1 ? ids.head : nil
        var lines = batch.map { [RecordEncoder.batchHead(count: targets.count, by: person, at: time, id: $0)] } ?? []
        for (target, id) in zip(targets, ids.lines) {
            lines.append(encoder.revert(target, direction, by: person, at: time, id: id, batch: batch))
        }
        try commit(lines)
    }
}
