/// Intraclass correlations for n targets each rated by the same k raters (Shrout & Fleiss 1979,
/// "Intraclass correlations: uses in assessing rater reliability", Psychological Bulletin 86(2)),
/// from the two-way analysis of variance of `ratings[target][rater]`: the mean squares between
/// targets (BMS), within targets (WMS), between raters (JMS) and residual (EMS).
public struct IntraclassCorrelation: Hashable, Sendable {
    /// Shrout & Fleiss's six forms: case 1 (each target rated by different raters, one-way), case 2
    /// (random raters, absolute agreement), case 3 (these raters only, consistency); each for a single
    /// rating or for the mean of the k ratings.
    public enum Form: String, CaseIterable, Hashable, Sendable {
        case single1 = "ICC(1,1)", single2 = "ICC(2,1)", single3 = "ICC(3,1)"
        case average1 = "ICC(1,k)", average2 = "ICC(2,k)", average3 = "ICC(3,k)"
    }

    public let targets: Int
    public let raters: Int
    public let betweenTargets: Double
    public let withinTargets: Double
    public let betweenRaters: Double
    public let residual: Double
    /// Below this a denominator is rounding noise, not variation (see `compute`).
    package let negligible: Double

    /// The form's value, nil where its denominator is zero (no variation for it to describe).
    public func value(_ form: Form) -> Double? {
        let (b, w, j, e) = (betweenTargets, withinTargets, betweenRaters, residual)
        let k = Double(raters)
        let n = Double(targets)
        switch form {
        case .single1: return ratio(b - w, b + (k - 1) * w)
        case .single2: return ratio(b - e, b + (k - 1) * e + k * (j - e) / n)
        case .single3: return ratio(b - e, b + (k - 1) * e)
        case .average1: return ratio(b - w, b)
        case .average2: return ratio(b - e, b + (j - e) / n)
        case .average3: return ratio(b - e, b)
        }
    }

    private func ratio(_ numerator: Double, _ denominator: Double) -> Double? {
        abs(denominator) <= negligible ? nil : numerator / denominator
    }

    /// `ratings[target][rater]`, a complete block (see `CompleteBlock`). Refused with fewer than two
    /// targets or raters, or a ragged or non-finite matrix; single forms can still be nil.
    public static func compute(ratings: [[Double]]) -> Result<IntraclassCorrelation, AgreementRefusal> {
        if let problem = AgreementRefusal.completeBlockProblem(ratings) { return .failure(problem) }
        let n = ratings.count
        let k = ratings[0].count
        let values = ratings.joined()
        let grand = values.reduce(0, +) / Double(n * k)
        let targetMeans = ratings.map { $0.reduce(0, +) / Double(k) }
        let raterMeans = (0..<k).map { rater in ratings.reduce(0) { $0 + $1[rater] } / Double(n) }
        let total = values.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let betweenTargets = Double(k) * targetMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let betweenRaters = Double(n) * raterMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let residual = max(0, total - betweenTargets - betweenRaters)
        // Equal ratings that are not exact binary fractions leave sums of squares of ~(ε·|x|)², not 0.
        let scale = 1e-10 * (values.map(abs).max() ?? 0)
        return .success(IntraclassCorrelation(
            targets: n, raters: k,
            betweenTargets: betweenTargets / Double(n - 1),
            withinTargets: max(0, total - betweenTargets) / Double(n * (k - 1)),
            betweenRaters: betweenRaters / Double(k - 1),
            residual: residual / Double((n - 1) * (k - 1)),
            negligible: scale * scale))
    }
}
