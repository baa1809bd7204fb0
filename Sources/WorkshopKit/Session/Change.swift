/// A change a facilitator makes to a session; each becomes one journal record.
public enum Change: Sendable {
    case answer(Cell, Answer, note: String?)
    case withdraw(Cell)
    case note(NoteTarget, text: String)
    case addActivity(Activity)
    case addGroup(String)
    case undo
    case redo
    case close
    /// A persona's weight for this session's summaries.
    case weight(persona: String, Double)
}
