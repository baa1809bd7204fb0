/// What a journal line records. The raw value is the line's `"type"`.
public enum RecordKind: String, Sendable, CaseIterable {
    /// The first line: the plan and personas as used, so later edits never change an old session.
    case start
    /// An answer for one cell (activity, persona, group, criterion); a later one replaces it.
    case answer
    /// The cell's answer is taken back, leaving the cell empty.
    case withdraw
    /// Free text on the session, an activity, a persona, a group, a cell or a prompt.
    case note
    case addActivity = "add-activity"
    case addGroup = "add-group"
    /// Reverts the record named by `target`.
    case undo
    /// Re-applies the record named by `target` after an undo.
    case redo
    case close

    /// Whether `undo` can take this record back.
    public var isUndoable: Bool {
        switch self {
        case .answer, .withdraw, .note, .addActivity, .addGroup, .close: return true
        case .start, .undo, .redo: return false
        }
    }
}
