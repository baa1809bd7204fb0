/// A note as recorded: its text, what it is attached to, when and by whom. The one note type of the
/// library: a change carries its target, the state keeps the whole note, the summary lists them.
///
/// A note reads its target's fields as its own (`note.activity`, `note.place`), which is how the
/// summary's renderers have always read them.
@dynamicMemberLookup
public struct Note: Hashable, Sendable {
    /// What the facilitator wrote.
    public var text: String
    /// What the note is on: the session, an activity, a persona, a group, a cell or a prompt.
    public var target: NoteTarget
    /// Milliseconds since 1970.
    public var at: Int64
    /// The facilitator who recorded it.
    public var by: String

    /// A note as replay or a decoder makes it.
    public init(text: String, target: NoteTarget, at: Int64, by: String) {
        self.text = text
        self.target = target
        self.at = at
        self.by = by
    }

    /// The target's field of that name: `note.persona` is `note.target.persona`.
    public subscript<Value>(dynamicMember field: KeyPath<NoteTarget, Value>) -> Value {
        target[keyPath: field]
    }
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

    /// A note kept with an answer is attached to that answer's cell.
    package init(cell: Cell) {
        self.init(activity: cell.activity, persona: cell.persona, group: cell.group, criterion: cell.criterion)
    }

    /// `prompt try-first · drop-in · undergraduate`, as summaries and exports write it; nil for the
    /// session as a whole.
    public var place: String? {
        let parts = [prompt.map { "prompt \($0)" }, activity, persona, group, criterion].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }
}
