import WorkshopModel
import WorkshopSession
import WorkshopStatistics

/// What changed between two sessions, cell by cell: both medians, the change, the answers each side
/// rests on and whether the change is called a trend; the activities that moved most; cells answered
/// in only one session; and what was left out because only one plan has it. Its JSON form is
/// documented in `docs/COMPARE-JSON.md`.
public struct SessionComparison: Hashable, Sendable, Codable {
    /// One session of the two.
    public struct Side: Hashable, Sendable, Codable {
        public var session: String
        public var plan: String
        public var title: String
        public var date: String?
        public var series: String?
        public var meeting: Int?
        /// Answers other than unsure in the compared cells: what this side's medians rest on.
        public var answers: Int
        public var unsure: Int
    }

    /// A cell's figures in one session.
    public struct Figure: Hashable, Sendable, Codable {
        public var median: Double?
        /// Answers other than unsure: what the median rests on.
        public var answers: Int
        public var unsure: Int
    }

    /// One cell answered in at least one of the sessions.
    public struct CellChange: Hashable, Sendable, Codable {
        public var activity: String
        public var persona: String
        public var criterion: String?
        public var from: Figure
        public var to: Figure
        /// `to` minus `from`; absent unless both sides have a median.
        public var change: Double?
        public var direction: Direction?
        /// The change's 95% percentile-bootstrap interval, both sides' answers redrawn from their own
        /// counts; absent unless both sides have at least two answers other than '?'.
        public var interval: BootstrapInterval?
        /// Whether that interval leaves out zero: the change is larger than resampling alone would give.
        public var beyondNoise: Bool?
        /// Whether the change is called a trend: both sides rest on enough answers and it is beyond the noise.
        public var called: Bool
    }

    /// An activity's movement: the mean change of its cells.
    public struct ActivityChange: Hashable, Sendable, Codable {
        public var activity: String
        public var title: String
        /// The mean change over the cells with a median in both sessions; absent when there are none.
        public var change: Double?
        public var direction: Direction?
        /// Cells with a median in both sessions, and how many of their changes are called.
        public var cells: Int
        public var calledCells: Int
        /// Called only when every cell behind it is.
        public var called: Bool
    }

    /// A compared persona and its name.
    public struct PersonaName: Hashable, Sendable, Codable {
        public var persona: String
        public var name: String
    }

    /// Something only one of the plans has, left out of the comparison.
    public struct LeftOut: Hashable, Sendable, Codable {
        /// `activity`, `persona` or `criterion`.
        public var kind: String
        public var id: String
        public var name: String
        /// The session that has it.
        public var session: String
    }

    public var from: Side
    public var to: Side
    public var scale: SessionSummary.ScaleInfo
    public var rule: ChangeRule
    public var methods: [String: String]
    /// The personas both plans have, in the second session's order.
    public var personas: [PersonaName]
    /// Every compared cell answered in at least one session, in plan order.
    public var cells: [CellChange]
    /// The compared activities, the most moved first (by the size of their change).
    public var activities: [ActivityChange]
    public var leftOut: [LeftOut]
}

extension SessionComparison {
    /// Cells answered in one session only, with the session that has them.
    public var onlyInOne: [(cell: CellChange, session: String)] {
        cells.compactMap { cell in
            if cell.from.median != nil, cell.to.median == nil { return (cell, from.session) }
            if cell.from.median == nil, cell.to.median != nil { return (cell, to.session) }
            return nil
        }
    }

    /// The activities that moved, the most first, at most `limit`.
    public func moved(limit: Int = 5) -> [ActivityChange] {
        Array(activities.filter { $0.direction == .up || $0.direction == .down }.prefix(limit))
    }

    /// How the figures were computed, by name.
    static func methods(rule: ChangeRule) -> [String: String] {
        [
            "median": "R type 7 median of each cell's answers in each session, on the levels' values; '?' answers never enter it",
            "change": "the second session's median minus the first's (to minus from), in points of the scale",
            "trend": rule.statement,
            "activity": "an activity's change is the mean change of its cells answered in both sessions; it is called only when every one of those cells is",
            "overlap": "only activities, personas and criteria both plans have are compared; the rest are listed as left out",
        ]
    }
}
