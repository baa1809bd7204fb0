/// An action agreed at a meeting, as a session knows it: agreed there, or carried in from an earlier
/// meeting of its series, with the latest review it had there.
public struct Action: Hashable, Sendable {
    /// What a review said.
    public struct Review: Hashable, Sendable {
        public var status: ActionStatus
        public var note: String?
        public var at: Int64
        public var by: String

        package init(status: ActionStatus, note: String?, at: Int64, by: String) {
            self.status = status
            self.note = note
            self.at = at
            self.by = by
        }
    }

    /// The record id of the action where it was first agreed; the same in every meeting it is carried to.
    public var id: UInt64
    /// Its short number within the series (`#3`), or within the session when it has no series.
    public var number: Int
    public var text: String
    /// Who will do it, in the order given: `owner` is the first, as older journals and readers know it.
    public var owners: [String]
    public var due: DueDate?
    public var activity: String?
    public var persona: String?
    public var prompt: String?
    /// The session it was first agreed in, and that meeting's day.
    public var agreedIn: String
    public var agreedOn: String?
    /// How many meetings it has been carried into, this one included; 0 when agreed here.
    public var carries: Int
    /// Its status at the meeting it was carried from, if it was reviewed there.
    public var earlierStatus: ActionStatus?
    /// The latest review at this meeting, if any.
    public var review: Review?
    /// Its wording was redacted: `text` is `Action.redactedText`, and it has no owners.
    public var isRedacted = false
    /// The record id of the idea it came from (`action --from-idea`), in the session it was agreed in.
    public var idea: UInt64?

    package init(
        id: UInt64, number: Int, text: String, owners: [String], due: DueDate?, activity: String?, persona: String?,
        prompt: String?, agreedIn: String, agreedOn: String?, carries: Int, earlierStatus: ActionStatus?,
        review: Review?, isRedacted: Bool = false
    ) {
        (self.id, self.number, self.text, self.owners, self.due) = (id, number, text, owners, due)
        (self.activity, self.persona, self.prompt) = (activity, persona, prompt)
        (self.agreedIn, self.agreedOn, self.carries, self.earlierStatus) = (agreedIn, agreedOn, carries, earlierStatus)
        (self.review, self.isRedacted) = (review, isRedacted)
    }

    /// What an action whose wording was redacted shows instead.
    public static let redactedText = "[redacted]"

    /// The first owner: the one older journals and readers know.
    public var owner: String? { owners.first }

    /// Whether `name` is one of its owners, ignoring case.
    public func isOwned(by name: String) -> Bool {
        owners.contains { $0.lowercased() == name.lowercased() }
    }

    /// `#3`, as actions are shown everywhere.
    public var label: String { "#\(number)" }

    /// Still open after this meeting: not reviewed as done or dropped.
    public var isOpen: Bool { review?.status.closes != true }

    /// Carried in from an earlier meeting rather than agreed at this one.
    public var isCarried: Bool { carries > 0 }

    /// Carried into two meetings or more without being closed: worth asking why.
    public var isCarriedTwice: Bool { carries >= 2 }
}
