extension SessionState {
    /// The answers of a `rate` walk that `undo --walk` (or `redo --walk`) by `person` would take back
    /// (or put back), newest first: those of the walk the next undo (redo) reaches that are still on
    /// the person's stack. Nil when the next one is not an answer of a walk.
    package func walkTargets(_ direction: UndoLedger.Direction, for person: String) -> [Int32]? {
        guard let index = people.index(of: person), let top = ledger.candidate(direction, for: Int(index)),
              let walk = walks.walk(of: top)
        else { return nil }
        let members = Set(walks.members(of: walk))
        return ledger.all(direction, for: Int(index)) { members.contains($0) }
    }

    /// How many answers of a `rate` walk `undo --walk` would take back now, counting the one a plain
    /// `undo` takes; nil when the next undo is not an answer of a walk.
    public func walkUndoSize(for person: String) -> Int? {
        walkTargets(.undo, for: person)?.count
    }

    /// How many answers `redo --walk` would put back now; nil when the next redo is not a walk's answer.
    public func walkRedoSize(for person: String) -> Int? {
        walkTargets(.redo, for: person)?.count
    }

    /// The `count` changes `undo --count` (or `redo --count`) by `person` would take back (put back),
    /// newest first; fewer when there are not so many.
    package func revertTargets(_ direction: UndoLedger.Direction, count: Int, for person: String) -> [Int32] {
        people.index(of: person).map { ledger.top(count, direction, for: Int($0)) } ?? []
    }

    /// How many changes `person` can undo now (a row counts once).
    public func undoDepth(for person: String) -> Int {
        people.index(of: person).map { ledger.depth(.undo, for: Int($0)) } ?? 0
    }

    /// How many changes `person` can redo now.
    public func redoDepth(for person: String) -> Int {
        people.index(of: person).map { ledger.depth(.redo, for: Int($0)) } ?? 0
    }
}
