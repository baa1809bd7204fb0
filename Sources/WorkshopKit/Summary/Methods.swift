/// How every figure in a summary was computed, stated alongside the figures.
public struct Methods: Hashable, Sendable, Codable {
    public var quantiles = "R type 7 (Hyndman & Fan 1996): linear interpolation between order statistics, on the levels' values (ranks 1, 2, ... for labelled scales)"
    public var spread = "sample standard deviation (n − 1), interval scales only"
    public var consensus = "Tastle & Wierman (2007): 1 + Σ p·log2(1 − |X − μ| / width of the scale); 1 = all answers equal, 0 = split between the extremes"
    public var agreement: String
    public var standing = "weighted mean of the cell medians: each persona's weight × each criterion's weight; cells with no answer are left out"
    public var divergence: String
    public var rankStability = "the best and worst rank an activity takes when any one persona's weight is doubled or set to zero"
    public var unsure = "'?' answers are counted but never enter medians, means, consensus or agreement"
    public var personaWeights: [String: Double]
    public var criterionWeights: [String: Double]
}
