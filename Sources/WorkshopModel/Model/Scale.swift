/// The answers a rating can take, plus the explicit "unsure" answer `?`.
public struct Scale: Hashable, Sendable, Codable {
    /// How far numbers on the scale can be trusted; the statistics depend on it.
    public enum Measurement: String, Hashable, Sendable, Codable {
        /// Labels with no order (`ordered: false`): counts and shares only, never a median.
        case nominal
        /// Ordered levels with no meaningful distance (labels, Likert-type items).
        case ordinal
        /// Equal steps between levels (numeric ranges).
        case interval
    }

    /// One answer on the scale.
    public struct Level: Hashable, Sendable, Codable {
        /// What the facilitator types.
        public var key: String
        public var label: String
        /// The number used in statistics: the number itself on numeric scales, the rank (1, 2, ...) otherwise.
        public var value: Double

        public init(key: String, label: String, value: Double) {
            self.key = key
            self.label = label
            self.value = value
        }
    }

    /// The key every scale accepts for "unsure": recorded and counted, never averaged.
    public static let unsureKey = "?"

    /// The name as written in the plan (`1-5`, `rag`) or given to a custom scale.
    public var name: String
    /// The levels, lowest first.
    public var levels: [Level]
    public var measurement: Measurement
    /// What the lowest and highest levels of a numeric scale mean (`low:`/`high:` in the plan), so a
    /// phone can say whether 1 is bad or good; nil when the plan does not say. Kept apart from the
    /// levels' labels so a `1-5` with words at its ends still compares with a plain `1-5`.
    public var low: String?
    public var high: String?

    public init(name: String, levels: [Level], measurement: Measurement, low: String? = nil, high: String? = nil) {
        self.name = name
        self.levels = levels
        self.measurement = measurement
        self.low = low
        self.high = high
    }

    /// Whether the levels have an order, so medians, standings and shading by order mean something.
    public var isOrdered: Bool { measurement != .nominal }

    /// The index of the level whose key is exactly `key`.
    public func index(ofKey key: String) -> Int? {
        levels.firstIndex { $0.key == key }
    }
}
