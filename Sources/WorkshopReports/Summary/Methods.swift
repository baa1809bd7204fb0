import WorkshopSession
import WorkshopStatistics

/// How every figure in a summary was computed, stated alongside the figures. Each text is built from
/// the constants the code uses (`MinimumData`), so the statement and the computation cannot drift.
public struct Methods: Hashable, Sendable, Codable {
    public var quantiles = "R type 7 (Hyndman & Fan 1996): linear interpolation between order statistics, on the levels' values (ranks 1, 2, ... for labelled scales)"
    public var spread = "sample standard deviation (n − 1), interval scales only"
    public var consensus = "Tastle & Wierman (2007): 1 + Σ p·log2(1 − |X − μ| / width of the scale); 1 = all answers equal, 0 = split between the extremes; "
        + "needs \(MinimumData.cellValues) answers other than '?' in the cell"
    public var agreement: String
    public var standing = "weighted mean of the persona scores (each a criterion-weighted mean of cell medians); cells with no answer are left out; "
        + "ranked only when the personas that answered hold at least \(Int(MinimumData.standingWeightShare * 100))% of the total persona weight"
    public var divergence: String
    public var minimumData = "a cell's median is a finding with at least \(MinimumData.cellValues) answers other than '?'; "
        + "below that it is shown with its n and marked, and no highlight quotes it; highlights name ties as ties and leave out personas of weight 0"
    public var otherAgreement = "on the complete block of each persona's groups × activities (\(CompleteBlock.rule)): "
        + "Kendall's W with the tie correction and its chi-square test (Siegel & Castellan 1988) for ordered scales; "
        + "intraclass correlations ICC(1,1), ICC(2,1), ICC(3,1) and their k-rater forms (Shrout & Fleiss 1979), groups "
        + "as raters and activities as targets, for numeric scales; Fleiss' kappa (Fleiss 1971) for labels with no order"
    public var intervals = "95% intervals from a bootstrap of \(BootstrapInterval.defaultReplicates) replicates, seeded from "
        + "the counts each interval redraws (never the session's id or the order answers arrived in), so the same "
        + "answers give the same interval: percentile bootstrap for a cell's median (needs "
        + "\(MedianBootstrap.minimumValues) answers other than '?'; each replicate draws the cell's answers anew from its own "
        + "counts) and for a ranked standing (every cell of the activity redrawn); Hayes & Krippendorff (2007) for alpha "
        + "(pairs drawn from the coincidence matrix, expected disagreement held fixed); absent where not drawn"
    public var rankStability = "the best and worst rank an activity takes when any one persona's weight is doubled or set to zero"
    public var unsure = "'?' answers are counted but never enter medians, means, consensus or agreement"
    public var personaWeights: [String: Double]
    public var criterionWeights: [String: Double]

    /// Why a persona has no alpha when too few activities were answered by two groups.
    static let tooLittleForAlpha = "too little data: alpha needs \(MinimumData.alphaUnits) activities each answered by "
        + "\(MinimumData.pairableValuesPerUnit) groups"

    init(metric: KrippendorffAlpha.Metric, divergenceShare: Double, scaleWidth: Double,
         personaWeights: [String: Double], criterionWeights: [String: Double]) {
        agreement = "Krippendorff's alpha (\(metric.rawValue) metric), groups as raters, activities as units, "
            + "missing answers allowed; needs \(MinimumData.alphaUnits) units with at least "
            + "\(MinimumData.pairableValuesPerUnit) values each, else 'too little data'; "
            + "values within \(MinimumData.noise) of zero are reported as 0; below zero reads as systematic disagreement"
        divergence = "highest minus lowest persona median, over personas of weight above zero whose median rests on at least "
            + "\(MinimumData.cellValues) answers (needs \(MinimumData.divergencePersonas) such personas); flagged when at least "
            + "\(Int(divergenceShare * 100))% of the scale's width (\(SessionSummary.number(divergenceShare * scaleWidth)))"
        self.personaWeights = personaWeights
        self.criterionWeights = criterionWeights
    }
}
