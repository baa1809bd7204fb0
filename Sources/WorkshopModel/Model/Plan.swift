/// What a workshop will do: who takes part, what is rated and on which scale.
public struct Plan: Hashable, Sendable, Codable {
    /// The id, taken from the file name (`sessions/stirling-2015.yaml` is `stirling-2015`).
    public var id: String
    public var title: String
    /// The day of the workshop as written, `YYYY-MM-DD`.
    public var date: String?
    public var venue: String?
    public var facilitator: String?
    public var series: String?
    public var personas: [String]
    public var activities: [Activity]
    public var scale: Scale
    /// Empty when the plan rates one implicit criterion.
    public var criteria: [Criterion]
    public var prompts: [Prompt]
    public var groups: [String]
    /// The persona a group plays, where the plan says (`groups: [{id: table-1, persona: academic}]`).
    /// Read by `serve` from the plan file; not part of a session's snapshot of the plan.
    public var groupPersonas: [String: String] = [:]
    /// Dots each group places in a vote (`dots: 3`), and the most on one item (`dots-per-item: 1`);
    /// nil when the plan does not say (`Vote.defaultDots`, any number on one item).
    public var dots: Int?
    public var dotsPerItem: Int?
    /// The language the plan's text is written in (`language: cy`), a BCP 47 tag; nil is English.
    public var language: String?
    /// The languages a phone may switch between (`languages: [cy, en]`); nil offers every one shipped.
    public var languages: [String]?
    /// The zone `serve --open-from`/`--until` read their dates in (`timezone: Europe/London`, an
    /// IANA name); nil is the server's own. Read by `serve` from the plan file, as `groupPersonas`
    /// is; not part of a session's snapshot of the plan.
    public var timezone: String? = nil

    package enum CodingKeys: String, CodingKey {
        case id, title, date, venue, facilitator, series, personas, activities, scale, criteria, prompts, groups, dots
        case language, languages
        case dotsPerItem = "dots-per-item"
    }

    public init(
        id: String, title: String, date: String? = nil, venue: String? = nil, facilitator: String? = nil,
        series: String? = nil, personas: [String], activities: [Activity], scale: Scale,
        criteria: [Criterion] = [], prompts: [Prompt] = [], groups: [String] = []
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.venue = venue
        self.facilitator = facilitator
        self.series = series
        self.personas = personas
        self.activities = activities
        self.scale = scale
        self.criteria = criteria
        self.prompts = prompts
        self.groups = groups
    }

    /// The activity with this id, if the plan has it.
    public func activity(_ id: String) -> Activity? {
        activities.first { $0.id == id }
    }
}
