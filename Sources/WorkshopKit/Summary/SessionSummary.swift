/// Everything a facilitator shows the room at the end: the matrix, agreement, divergence,
/// coverage, notes and highlights, with the methods stated. Its JSON form is documented in
/// `docs/SUMMARY-JSON.md`; exports and other tools read it.
public struct SessionSummary: Hashable, Sendable, Codable {
    public struct ScaleInfo: Hashable, Sendable, Codable {
        public var name: String
        public var measurement: Scale.Measurement
        public var levels: [Scale.Level]
    }

    public struct PersonaSummary: Hashable, Sendable, Codable {
        public var persona: String
        public var name: String
        public var weight: Double
        /// Groups that answered for this persona.
        public var groups: [String]
        /// Krippendorff's alpha between those groups over the activities; nil with `agreementNote`.
        public var agreement: Double?
        public var agreementNote: String?
        public var pairableValues: Int
        public var top: [String]
        public var bottom: [String]
    }

    public struct PersonaScore: Hashable, Sendable, Codable {
        public var persona: String
        /// The cell median (criteria combined by their weights).
        public var median: Double
    }

    public struct ActivitySummary: Hashable, Sendable, Codable {
        public var activity: String
        public var title: String
        public var stage: String?
        public var standing: Double?
        public var rank: Int?
        public var personaMedians: [PersonaScore]
        /// Highest minus lowest persona median.
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
    public var scale: ScaleInfo
    public var methods: Methods
    public var cells: [CellStatistics]
    public var personas: [PersonaSummary]
    public var activities: [ActivitySummary]
    public var coverage: Coverage
    public var notes: [Note]
    /// Actions reviewed and agreed at this meeting, and those still open.
    public var actions: ActionsSummary
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

    public init(weights: [String: Double] = [:], minimumAnswers: Int = 2, divergenceShare: Double = 0.5) {
        self.weights = weights
        self.minimumAnswers = minimumAnswers
        self.divergenceShare = divergenceShare
    }
}
