/// A 95% percentile bootstrap interval (Efron & Tibshirani 1993, "An Introduction to the Bootstrap",
/// ch. 13): the 2.5% and 97.5% quantiles of the replicates, by type 7 like every other quantile here.
public struct BootstrapInterval: Hashable, Sendable, Codable {
    public var lower: Double
    public var upper: Double

    /// The replicates' quantiles that bound the interval.
    public static let lowerProbability = 0.025
    public static let upperProbability = 0.975
    /// Replicates per interval unless a caller asks for another number.
    public static let defaultReplicates = 1000

    public init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// The percentile interval of `replicates`, nil when there are none.
    public init?(percentilesOf replicates: [Double]) {
        let sorted = replicates.sorted()
        guard let lower = Quantile.type7(sorted: sorted, Self.lowerProbability),
              let upper = Quantile.type7(sorted: sorted, Self.upperProbability)
        else { return nil }
        self.init(lower: lower, upper: upper)
    }

    public var width: Double { upper - lower }

    public func contains(_ value: Double) -> Bool {
        lower <= value && value <= upper
    }

    /// True when the whole interval lies on one side of zero: for a difference, the two sides differ
    /// at the 5% level.
    public var excludesZero: Bool {
        lower > 0 || upper < 0
    }
}
