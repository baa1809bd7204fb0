/// The longest free text each field takes when it is recorded, the same at every door (the prompt,
/// a script, a phone, a merge). A limit keeps one pasted page from stalling every later command that
/// shows it; replaying a journal never applies it, so a longer line written before stays readable.
public enum TextLimit {
    /// A note: on its own, on an answer, or on a review.
    public static let note = 1000
    /// An idea from the room (the open questions).
    public static let idea = 280
    /// A theme's name (the facilitator's label for a cluster of ideas).
    public static let theme = 80
    /// An action's wording.
    public static let action = 1000
    /// Who owns an action.
    public static let owner = 200
    /// An activity added while the session runs: its title and its description.
    public static let title = 200
    public static let description = 1000
    /// An added activity's stage or category.
    public static let stage = 200
    /// Why a record's text was redacted.
    public static let reason = 1000
    /// Bytes of UTF-8 per character allowed before marks piled on a few letters count one by one:
    /// generous for any script or emoji, and it stops "e" and 500,000 combining accents from
    /// passing as one character.
    package static let bytesPerCharacter = 16

    /// The fields a recorded change may carry text in, with their limits.
    public enum Field: String, Sendable, CaseIterable {
        case note, idea, theme, action, owner, title, description, stage, reason

        public var limit: Int {
            switch self {
            case .note: TextLimit.note
            case .idea: TextLimit.idea
            case .theme: TextLimit.theme
            case .action: TextLimit.action
            case .owner: TextLimit.owner
            case .title: TextLimit.title
            case .description: TextLimit.description
            case .stage: TextLimit.stage
            case .reason: TextLimit.reason
            }
        }

        /// How the field is named in a refusal.
        public var name: String {
            switch self {
            case .note: "the note"
            case .idea: "the idea"
            case .theme: "the theme's name"
            case .action: "the action's text"
            case .owner: "the owner"
            case .title: "the activity's title"
            case .description: "the activity's description"
            case .stage: "the activity's stage"
            case .reason: "the reason"
            }
        }
    }

    /// The field `text` overruns and by how much, or nil when it fits. Characters as a reader
    /// counts them (an accented letter or an emoji is one); text far longer in bytes than that
    /// count allows is counted by its Unicode scalars instead.
    public static func overrun(_ text: String?, _ field: Field) -> (field: Field, count: Int)? {
        guard let text, text.utf8.count > field.limit else { return nil }
        let count = text.count
        if count > field.limit { return (field, count) }
        if text.utf8.count > field.limit * bytesPerCharacter { return (field, text.unicodeScalars.count) }
        return nil
    }
}
