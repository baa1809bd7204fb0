extension SessionState {
    /// Marks the record `target` undone (or, for redo, active again) and returns its entry index.
    /// The target is almost always on top of its author's stack; a merged journal may need a search.
    package mutating func revert(_ target: UInt64, by person: Int, _ direction: UndoLedger.Direction) throws(ReplayProblem)
        -> Int32
    {
        let onStack = ledger.find(direction, for: person) { entries[Int($0)].id == target }
        let redo = direction == .redo
        guard let found = onStack ?? entries.lastIndex(where: { $0.id == target }).map(Int32.init) else {
            throw .unknownTarget(RecordID.format(target))
        }
        let kind = entries[Int(found)].kind
        guard kind.isUndoable, kind != .batch || isUndoableBatch(found) else {
            throw .notUndoable(kind: kind.rawValue, id: RecordID.format(target))
        }
        guard entries[Int(found)].active != redo else { throw .unknownTarget(RecordID.format(target)) }
        // Checked first, changed after: a refused undo leaves the stacks as they were.
        ledger.revert(found, direction, by: person)
        setActive(found, redo)
        return found
    }

    private mutating func setActive(_ index: Int32, _ active: Bool) {
        entries[Int(index)].active = active
        let entry = entries[Int(index)]
        switch (entry.kind, entry.payload) {
        case (.answer, _), (.withdraw, _):
            // A copy of the array (shared, not duplicated) so the closure does not read self while
            // `cells` is being changed.
            let entries = entries
            cells.reselect(cell: entry.cell) { entries[Int($0)].active }
        case let (.addActivity, .activity(activity)):
            ids.setInForce(activity: activity, active)
        case let (.addGroup, .group(group)):
            ids.setInForce(group: group, active)
        case (.close, _):
            isClosed = active
        case (.batch, _):
            // A row is one change: all its lines go, or come back, with it.
            for member in members(ofBatch: index) { setActive(member, active) }
        case (.action, _), (.review, _):
            break // views read which entries are in force
        default:
            break
        }
    }

    /// The record `undo` by `person` would take back, if any.
    package func undoCandidate(for person: String) -> Int32? {
        people.index(of: person).flatMap { ledger.candidate(.undo, for: Int($0)) }
    }

    /// The record `redo` by `person` would re-apply, if any.
    package func redoCandidate(for person: String) -> Int32? {
        people.index(of: person).flatMap { ledger.candidate(.redo, for: Int($0)) }
    }
}
