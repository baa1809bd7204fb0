extension SessionState {
    /// Whether recording `change` would change nothing: the same answer again for a cell, with no
    /// note. Such a change is reported as unchanged and never written.
    public func changesNothing(_ change: Change) -> Bool {
        guard case let .answer(cell, answer, note) = change else { return false }
        return note == nil && self.answer(for: cell) == answer
    }
}
