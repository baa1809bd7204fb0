/// A 95% confidence interval from a seeded bootstrap: the same journal gives the same interval.
public struct Interval: Hashable, Sendable, Codable {
    public var lower: Double
    public var upper: Double

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Whether `value` lies inside, ends included.
    public func contains(_ value: Double) -> Bool { lower <= value && value <= upper }
}
