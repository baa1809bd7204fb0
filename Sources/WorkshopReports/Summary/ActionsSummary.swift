import WorkshopModel
import WorkshopSession

/// The actions of a meeting, as the summary and every export show them: those reviewed this time
/// (carried in from the last meeting, with what happened), those agreed this time, and those still
/// open after it.
public struct ActionsSummary: Hashable, Sendable, Codable {
    /// One action, flat, for JSON and tables.
    public struct Entry: Hashable, Sendable, Codable {
        public var number: Int
        public var id: String
        public var text: String
        /// The first owner, as older readers of the JSON know it; `owners` has them all.
        public var owner: String?
        public var owners: [String]
        public var due: String?
        /// `done`, `in-progress`, `carried` or `dropped` when reviewed here; `to review` for one carried
        /// in and not reviewed yet; `open` for one agreed here.
        public var status: String
        public var note: String?
        public var agreedIn: String
        public var agreedOn: String?
        /// Meetings it has been carried into, this one included.
        public var carries: Int
        public var carriedTwice: Bool
        /// Still open and due before this meeting (`Action.isOverdue`), for the report to mark.
        public var overdue: Bool
        /// The idea it was made from (`action --from-idea`), when this session holds it.
        public var idea: IdeaSource?
    }

    /// The idea an action came from: its number and id, and its wording unless it is hidden (and
    /// hidden ideas were not asked for) or withdrawn.
    public struct IdeaSource: Hashable, Sendable, Codable {
        public var number: Int
        public var id: String
        public var text: String?

        /// `%7`.
        public var label: String { "%\(number)" }
    }

    public var reviewed: [Entry]
    public var agreed: [Entry]
    public var open: [Entry]

    public var isEmpty: Bool { reviewed.isEmpty && agreed.isEmpty }

    /// `meetingDay` is the day of the meeting summarised: an open action due before it is overdue.
    init(actions: [Action], meetingDay: String? = nil, ideas: IdeaWall = IdeaWall(), hiddenIdeas: Bool = false) {
        func entry(_ action: Action) -> Entry {
            var entry = Self.entry(action, meetingDay: meetingDay)
            if let id = action.idea, let idea = ideas.idea(id) {
                let shown = !idea.isWithdrawn && (hiddenIdeas || !idea.isHidden)
                entry.idea = IdeaSource(number: idea.number, id: RecordID.format(id), text: shown ? idea.text : nil)
            }
            return entry
        }
        reviewed = actions.filter(\.isCarried).map(entry)
        agreed = actions.filter { !$0.isCarried }.map(entry)
        open = actions.filter(\.isOpen).map(entry)
    }

    /// The status of an action carried in and not reviewed yet at this meeting.
    public static let toReview = "to review"

    /// Every action once, reviewed ones first, for the actions table and the calendar.
    public var all: [Entry] { reviewed + agreed }

    /// The actions still open and due before this meeting, in number order: what the report marks.
    public var overdue: [Entry] { all.filter(\.overdue).sorted { $0.number < $1.number } }

    static func entry(_ action: Action, meetingDay: String? = nil) -> Entry {
        Entry(
            number: action.number, id: RecordID.format(action.id), text: action.text, owner: action.owner, owners: action.owners,
            due: action.due?.text, status: action.review?.status.rawValue ?? (action.isCarried ? Self.toReview : "open"),
            note: action.review?.note, agreedIn: action.agreedIn, agreedOn: action.agreedOn, carries: action.carries,
            carriedTwice: action.isCarriedTwice, overdue: meetingDay.map(action.isOverdue(on:)) ?? false)
    }
}
