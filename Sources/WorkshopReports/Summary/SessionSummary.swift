import WorkshopModel
import WorkshopSession
import WorkshopStatistics

/// Everything a facilitator shows the room at the end: the matrix, agreement, divergence,
/// coverage, notes and highlights, with the methods stated. Its JSON form is documented in
/// `docs/SUMMARY-JSON.md`; exports and other tools read it.
public struct SessionSummary: Hashable, Sendable, Codable {
    public struct ScaleInfo: Hashable, Sendable, Codable {
        public var name: String
        public var measurement: Scale.Measurement
        public var levels: [Scale.Level]

        public var isOrdered: Bool { measurement != .nominal }
    }

    public struct PersonaSummary: Hashable, Sendable, Codable {
        public var persona: String
        public var name: String
        public var weight: Double
        /// Groups that answered for this persona.
        public var groups: [String]
        /// Krippendorff's alpha between those groups over the activities; nil with `agreementNote`
        /// when below `MinimumData` or undefined. Floating-point noise around zero is reported as 0.
        public var agreement: Double?
        public var agreementNote: String?
        /// What alpha means in words (Krippendorff 2004: ≥ 0.8 reliable, ≥ 0.667 tentative; below
        /// zero, systematic disagreement).
        public var agreementReading: String?
        /// Alpha's 95% interval by Hayes & Krippendorff's (2007) bootstrap.
        public var agreementInterval: BootstrapInterval?
        public var pairableValues: Int
        /// Units (activity × criterion) where at least two groups gave a value: alpha's n.
        public var pairableUnits: Int
        /// The other agreement statistics, each on the complete block of groups × activities.
        public var statistics: AgreementStatistics?
        public var top: [String]
        public var bottom: [String]
    }

    public struct PersonaScore: Hashable, Sendable, Codable {
        public var persona: String
        /// The cell median (criteria combined by their weights).
        public var median: Double
        /// The answers other than '?' it rests on (the fewest of its criteria's cells).
        public var values: Int
        /// Whether `values` reaches `MinimumData.cellValues`.
        public var sufficient: Bool
    }

    /// Nominal scales: a persona's most common answer for an activity, criteria pooled.
    public struct PersonaMode: Hashable, Sendable, Codable {
        public var persona: String
        /// Keys of the most common answer; more than one when tied.
        public var mode: [String]
        public var share: Double
        public var values: Int
    }

    public struct ActivitySummary: Hashable, Sendable, Codable {
        public var activity: String
        public var title: String
        public var stage: String?
        public var standing: Double?
        /// Whether the personas with a score hold `MinimumData.standingWeightShare` of the weight;
        /// only such a standing is ranked or quoted.
        public var standingSufficient: Bool
        /// The standing's 95% percentile-bootstrap interval.
        public var standingInterval: BootstrapInterval?
        /// Answers other than '?' over every persona and criterion.
        public var values: Int
        /// Share of the total persona weight held by personas with a score for this activity.
        public var weightAnswered: Double
        /// 1 = highest, among sufficient standings; ties share a rank.
        public var rank: Int?
        public var personaMedians: [PersonaScore]
        /// Nominal scales only, in place of medians.
        public var personaModes: [PersonaMode]?
        /// Highest minus lowest persona median, over personas with weight above zero and a
        /// sufficient median (at least `MinimumData.divergencePersonas` of them).
        public var divergence: Double?
        public var divergent: Bool
        public var strongestFor: String?
        public var weakestFor: String?
        public var bestRank: Int?
        public var worstRank: Int?
    }

    public struct CellCount: Hashable, Sendable, Codable {
        public var activity: String
        public var persona: String
        public var criterion: String?
        public var answers: Int
    }

    public struct Owed: Hashable, Sendable, Codable {
        public var group: String
        public var persona: String
        public var activities: [String]
    }

    public struct Coverage: Hashable, Sendable, Codable {
        public var minimumAnswers: Int
        public var cells: Int
        public var emptyCells: [CellCount]
        /// Cells with some answers but fewer than the minimum.
        public var thinCells: [CellCount]
        public var owed: [Owed]
    }

    public var session: String
    public var plan: String
    public var title: String
    public var date: String?
    public var venue: String?
    public var facilitator: String?
    /// The plan's questions to the room, so a note on a prompt can be shown with its question.
    public var prompts: [Prompt]
    public var scale: ScaleInfo
    public var methods: Methods
    public var cells: [CellStatistics]
    public var personas: [PersonaSummary]
    public var activities: [ActivitySummary]
    public var coverage: Coverage
    public var notes: [Note]
    /// Actions reviewed and agreed at this meeting, and those still open.
    public var actions: ActionsSummary
    /// The room's ideas per prompt, with their themes and votes; nil (left out of the JSON) when
    /// there is none to show.
    public var ideas: [PromptIdeas]?
    public var highlights: [String]
}

/// Choices a summary is made with.
public struct SummaryOptions: Hashable, Sendable {
    /// Persona weights for this summary, overriding the persona files (e.g. students count double).
    public var weights: [String: Double]
    /// Cells with fewer answers than this are listed as thin.
    public var minimumAnswers: Int
    /// An activity is flagged as divergent when its persona medians span at least this share of the scale.
    public var divergenceShare: Double
    /// Whether to draw the bootstrap intervals (about 20 ms whatever the session's size); the
    /// terminal renderings do without them.
    public var intervals: Bool
    /// Whether hidden ideas are shown (marked hidden); withdrawn ones never are.
    public var hiddenIdeas: Bool

    public init(weights: [String: Double] = [:], minimumAnswers: Int = 2, divergenceShare: Double = 0.5,
                intervals: Bool = true, hiddenIdeas: Bool = false) {
        self.weights = weights
        self.minimumAnswers = minimumAnswers
        self.divergenceShare = divergenceShare
        self.intervals = intervals
        self.hiddenIdeas = hiddenIdeas
    }

    /// The same choices with no intervals drawn: for renderings that show none.
    public var withoutIntervals: SummaryOptions {
        var copy = self
        copy.intervals = false
        return copy
    }
}
