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
    /// An idea answering one of the plan's prompts.
    case idea(IdeaDraft)
    /// New wording for an idea: by its own group (`asGroup`), or by the facilitator (nil).
    case editIdea(UInt64, text: String, asGroup: String?)
    /// An idea hidden or shown (the facilitator only), or withdrawn (its group or the facilitator).
    case markIdea(UInt64, IdeaMark, asGroup: String?)
    /// Ideas put in a theme, created if new; nil takes them out of any theme.
    case theme(String?, ideas: [UInt64])
    /// Theme `from`'s ideas moved to theme `to`: `merging` says `to` must exist, else it must not.
    case renameTheme(from: String, to: String, merging: Bool)
    /// A vote opened (`isOpen`) or the open one closed.
    case vote(Vote)
    /// A group's dots on one item of the open vote, set to `count`.
    case dots(group: String, prompt: String, item: VoteItem, count: Int)
}

/// An idea as a group or the facilitator words it, before it has a number.
public struct IdeaDraft: Hashable, Sendable {
    public var prompt: String
    public var group: String
    public var persona: String?
    public var activity: String?
    public var stage: String?
    public var text: String

    public init(prompt: String, group: String, persona: String? = nil, activity: String? = nil, stage: String? = nil,
                text: String) {
        (self.prompt, self.group, self.persona, self.activity, self.stage, self.text) = (prompt, group, persona, activity, stage, text)
    }
}

/// An action as a facilitator words it, before it has a number.
public struct ActionDraft: Hashable, Sendable {
    public var text: String
    /// Who will do it, in the order given; empty for no one.
    public var owners: [String]
    public var due: DueDate?
    /// What it is about, if anything: an activity, a persona or a prompt of the plan.
    public var activity: String?
    public var persona: String?
    public var prompt: String?
    /// The idea it came from (`action --from-idea`), by record id.
    public var idea: UInt64?

    /// `owner` is shorthand for one owner; `owners` lists several (the two together: `owner` first).
    public init(text: String, owner: String? = nil, owners: [String] = [], due: DueDate? = nil, activity: String? = nil,
                persona: String? = nil, prompt: String? = nil, idea: UInt64? = nil) {
        self.idea = idea
        self.text = text
        self.owners = (owner.map { [$0] } ?? []) + owners
        self.due = due
        self.activity = activity
        self.persona = persona
        self.prompt = prompt
    }
}

extension ActionDraft {
    /// The first owner, as the journal's `owner` keeps it.
    public var owner: String? { owners.first }
}
