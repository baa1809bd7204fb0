/// An answer to one of the plan's prompts from a group (the room's post-it), as a session knows it
/// now: its latest wording, whether it is hidden or withdrawn, and the theme it sits in.
public struct Idea: Hashable, Sendable, Codable {
    /// The id of the `idea` record that wrote it; every later record names it by this.
    public var id: UInt64
    /// Its short number within the session (`%7`), in the order the ideas were recorded. For display
    /// only: a merge may renumber, records never point at a number.
    public var number: Int
    public var prompt: String
    public var group: String
    /// The persona the group played when it wrote the idea, if it played one.
    public var persona: String?
    /// What it is about, if anything: an activity of the plan, or a stage.
    public var activity: String?
    public var stage: String?
    public var text: String
    public var theme: String?
    public var isHidden = false
    public var isWithdrawn = false
    public var isRedacted = false
    /// How many times its wording was changed after it was written.
    public var edits = 0
    public var at: Int64
    public var by: String

    package init(id: UInt64, number: Int, prompt: String, group: String, persona: String?, activity: String?,
                 stage: String?, text: String, at: Int64, by: String) {
        (self.id, self.number, self.prompt, self.group, self.persona) = (id, number, prompt, group, persona)
        (self.activity, self.stage, self.text, self.at, self.by) = (activity, stage, text, at, by)
    }

    /// `%7`, as ideas are shown everywhere.
    public var label: String { "%\(number)" }

    /// What an idea whose wording was redacted shows instead.
    public static let redactedText = "[redacted]"

    /// The most ideas one group may write for one prompt (withdrawn ones do not count).
    public static let perGroupAndPrompt = 20

    /// The sigil of an idea's number at the prompt (`%7`); actions use `#`.
    public static let sigil: Character = "%"

    /// Shown on the projector, phones and exports: neither hidden nor withdrawn.
    public var isShown: Bool { !isHidden && !isWithdrawn }
}

/// What the facilitator or the author's group did to an idea besides rewording it.
public enum IdeaMark: String, Hashable, Sendable, Codable, CaseIterable {
    /// Left out of the projector, phones and exports (kept in the journal).
    case hidden
    /// Shown again after being hidden.
    case shown
    /// Taken back by its group (or the facilitator); an undo of the record brings it back.
    case withdrawn
}
