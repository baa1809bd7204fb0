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

/// What a note is attached to; all nil means the session as a whole.
public struct NoteTarget: Hashable, Sendable {
    public var activity: String?
    public var persona: String?
    public var group: String?
    public var criterion: String?
    public var prompt: String?

    public init(
        activity: String? = nil, persona: String? = nil, group: String? = nil, criterion: String? = nil,
        prompt: String? = nil
    ) {
        self.activity = activity
        self.persona = persona
        self.group = group
        self.criterion = criterion
        self.prompt = prompt
    }
}
