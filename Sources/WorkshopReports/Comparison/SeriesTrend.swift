import WorkshopSession
import WorkshopStatistics

/// Each cell's median across the meetings of a series, oldest first, with the answers behind every
/// point and the change from the first meeting with a median to the last, called a trend only under
/// the `ChangeRule`. Its JSON form is documented in `docs/COMPARE-JSON.md`.
public struct SeriesTrend: Hashable, Sendable, Codable {
    /// One meeting shown.
    public struct Meeting: Hashable, Sendable, Codable {
        /// 1 for the first meeting of the series.
        public var number: Int
        public var session: String
        public var plan: String
        public var title: String
        public var date: String?
        /// Answers other than unsure in the cells shown.
        public var answers: Int
    }

    /// A meeting left out, and why.
    public struct LeftOutMeeting: Hashable, Sendable, Codable {
        public var number: Int
        public var session: String
        public var reason: String
    }

    /// A cell's median at one meeting.
    public struct Point: Hashable, Sendable, Codable {
        public var meeting: Int
        public var median: Double
        /// Answers other than unsure: what the median rests on.
        public var answers: Int
    }

    /// One cell across the meetings that answered it.
    public struct Row: Hashable, Sendable, Codable {
        public var activity: String
        public var title: String
        public var persona: String
        public var name: String
        public var criterion: String?
        /// Only meetings where the cell has a median, oldest first.
        public var points: [Point]
        /// The last point's median minus the first's; absent with fewer than two points.
        public var change: Double?
        public var direction: Direction?
        /// The change's 95% bootstrap interval, first and last meetings' answers redrawn; absent unless
        /// both rest on at least two answers other than '?'.
        public var interval: BootstrapInterval?
        /// Called a trend: both ends rest on enough answers and the interval leaves out zero.
        public var called: Bool
    }

    /// What `--activity` and `--persona` narrowed the rows to (resolved ids).
    public struct Filter: Hashable, Sendable, Codable {
        public var activity: String?
        public var persona: String?
    }

    public var series: String
    public var meetings: [Meeting]
    public var leftOut: [LeftOutMeeting]
    public var filter: Filter?
    public var scale: SessionSummary.ScaleInfo
    public var rule: ChangeRule
    public var methods: [String: String]
    /// Activity by activity (in order of first appearance), then persona, then criterion.
    public var rows: [Row]
}

extension SeriesTrend {
    static func methods(rule: ChangeRule) -> [String: String] {
        [
            "median": "R type 7 median of each cell's answers at each meeting, on the levels' values; '?' answers never enter it",
            "change": "the median at the last meeting that answered the cell minus the median at the first",
            "trend": rule.statement,
            "scale": "meetings that rate on another scale than the latest meeting are left out and named; medians are never rescaled",
        ]
    }
}
