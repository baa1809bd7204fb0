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

    private func revertWalk(_ direction: UndoLedger.Direction, by person: String, at time: Int64) throws(SessionError) -> Int {
        let undo = direction == .undo
        if undo { try RecordEncoder(state: state).refuseUndoPastRedaction(by: person) }
        guard let targets = state.walkTargets(direction, for: person), !targets.isEmpty else {
            if undo, state.undoCandidate(for: person) == nil { throw .nothingToUndo(person: person) }
            if !undo, state.redoCandidate(for: person) == nil { throw .nothingToRedo(person: person) }
            throw .refused("your last \(undo ? "change" : "undo") was not an answer of a rate walk; "
                + "use '\(undo ? "undo" : "redo")' without --walk")
        }
        let encoder = RecordEncoder(state: state)
        let ids = RecordEncoder.batchIDs(count: targets.count)
        var lines = targets.count > 1 ? [RecordEncoder.batchHead(count: targets.count, by: person, at: time, id: ids.head)] : []
        for (target, id) in zip(targets, ids.lines) {
            lines.append(encoder.revert(target, direction, by: person, at: time, id: id, batch: targets.count > 1 ? ids.head : nil))
        }
        try commit(lines)
        return targets.count
    }
}
