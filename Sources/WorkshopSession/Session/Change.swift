import WorkshopModel

/// A change made to a session; each becomes one journal record.
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
    /// An action agreed at this meeting; it gets the series' next number.
    case action(ActionDraft)
    /// An action still open from an earlier meeting, brought into this one.
    case carry(Action)
    /// What happened to an action this session knows.
    case review(Action, ActionStatus, note: String?)
}

/// An action as a facilitator words it, before it has a number.
public struct ActionDraft: Hashable, Sendable {
    public var text: String
    public var owner: String?
    public var due: DueDate?
    /// What it is about, if anything: an activity, a persona or a prompt of the plan.
    public var activity: String?
    public var persona: String?
    public var prompt: String?

    public init(text: String, owner: String? = nil, due: DueDate? = nil, activity: String? = nil,
                persona: String? = nil, prompt: String? = nil) {
        self.text = text
        self.owner = owner
        self.due = due
        self.activity = activity
        self.persona = persona
        self.prompt = prompt
    }
}
