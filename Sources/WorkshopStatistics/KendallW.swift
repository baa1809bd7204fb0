/// Kendall's coefficient of concordance W with the correction for ties (Siegel & Castellan 1988,
/// Nonparametric Statistics for the Behavioral Sciences, 2nd ed., §9.4; R `irr::kendall(ratings,
/// correct = TRUE)`). Each of m judges' values over the n objects become midranks; with Rᵢ the sum of
/// object i's ranks and S = Σ(Rᵢ − R̄)²,
///
///     W = 12 S / (m²(n³ − n) − m ΣT),  T = Σ(t³ − t) over each judge's groups of t tied values,
///
/// 1 when the judges rank the objects alike, near 0 when they do not. Its large-sample test is
/// χ² = m(n − 1)W on n − 1 degrees of freedom (Friedman's statistic, tie-corrected alike).
public struct KendallW: Hashable, Sendable {
    public let w: Double
    public let chiSquare: Double
    public let degreesOfFreedom: Int
    /// P(χ² ≥ chiSquare) under no agreement; valid for large samples only.
    public let pValue: Double
    public let objects: Int
    public let judges: Int
    /// Whether ΣT was subtracted; without it, ties pull W down (Kendall's original form).
    public let tieCorrected: Bool

    /// `ratings[object][judge]`, a complete block (see `CompleteBlock`), values on the scale: each
    /// judge's column is ranked over the objects. Refused with fewer than two objects or judges, a
    /// ragged or non-finite matrix, or when no judge tells any two objects apart.
    public static func compute(
        ratings: [[Double]], correctingTies: Bool = true
    ) -> Result<KendallW, AgreementRefusal> {
        if let problem = AgreementRefusal.completeBlockProblem(ratings) { return .failure(problem) }
        let n = ratings.count
        let m = ratings[0].count
        var rankSums = [Double](repeating: 0, count: n)
        var tieSum = 0.0
        for judge in 0..<m {
            let (ranks, tieTerm) = Midranks.of(ratings.map { $0[judge] })
            for object in 0..<n { rankSums[object] += ranks[object] }
            tieSum += tieTerm
        }
        let nn = Double(n)
        let mm = Double(m)
        let untied = nn * nn * nn - nn
        // Every judge tying all n objects is exactly ΣT = m(n³ − n), which zeroes the corrected denominator.
        guard tieSum < mm * untied else { return .failure(.everyValueTied) }
        let mean = mm * (nn + 1) / 2
        let s = rankSums.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        let denominator = mm * mm * untied - (correctingTies ? mm * tieSum : 0)
        let w = 12 * s / denominator
        let chiSquare = mm * (nn - 1) * w
        return .success(KendallW(
            w: w, chiSquare: chiSquare, degreesOfFreedom: n - 1,
            pValue: ChiSquare.upperTail(chiSquare, degreesOfFreedom: n - 1),
            objects: n, judges: m, tieCorrected: correctingTies))
    }
}
