import Foundation

/// Fleiss' kappa for many raters on a nominal scale (Fleiss 1971, "Measuring nominal scale agreement
/// among many raters", Psychological Bulletin 76(5); R `irr::kappam.fleiss`). N subjects each rated n
/// times; with pⱼ the share of all ratings in category j,
///
///     P̄ = mean over subjects of (Σⱼ nᵢⱼ² − n) / (n(n − 1)),  P̄ₑ = Σⱼ pⱼ²,  κ = (P̄ − P̄ₑ) / (1 − P̄ₑ).
///
/// The raters of one subject need not be those of another, but their number must be the same.
public struct FleissKappa: Hashable, Sendable {
    public let kappa: Double
    /// P̄: the share of agreeing pairs of ratings, averaged over subjects.
    public let observedAgreement: Double
    /// P̄ₑ: the same share expected by chance from the pooled category shares.
    public let expectedAgreement: Double
    /// Standard error of kappa under the hypothesis of no agreement (Fleiss 1971, as irr uses it);
    /// nil in the degenerate case where that variance is not positive.
    public let standardError: Double?
    /// kappa / standardError, irr's `z`.
    public let z: Double?
    /// Two-sided normal p-value of `z`, as irr reports it.
    public let pValue: Double?
    /// Kappa for each category against all others (Fleiss 1971); nil for a category no one used.
    public let categoryKappas: [Double?]
    public let subjects: Int
    public let raters: Int

    /// `counts[subject][category]`: how many raters put the subject in the category. Rows shorter than
    /// the longest count zero in the missing categories. Refused with fewer than two subjects, fewer
    /// than two ratings per subject, unequal numbers of ratings, a negative count, or every rating in
    /// one category (expected agreement 1).
    public static func compute(counts: [[Int]]) -> Result<FleissKappa, AgreementRefusal> {
        guard counts.count >= 2 else { return .failure(.fewerThanTwoUnits(counts.count)) }
        let n = counts[0].reduce(0, +)
        guard n >= 2 else { return .failure(.fewerThanTwoRaters(n)) }
        let categories = counts.map(\.count).max() ?? 0
        var totals = [Int](repeating: 0, count: categories)
        var agreement = 0.0
        for (subject, row) in counts.enumerated() {
            if let category = row.firstIndex(where: { $0 < 0 }) {
                return .failure(.negativeCount(unit: subject, category: category))
            }
            let raters = row.reduce(0, +)
            guard raters == n else { return .failure(.unequalRaters(unit: subject, raters: raters, expected: n)) }
            for (category, count) in row.enumerated() { totals[category] += count }
            agreement += Double(row.reduce(0) { $0 + $1 * $1 } - n) / Double(n * (n - 1))
        }
        let ratings = counts.count * n
        guard !totals.contains(ratings) else { return .failure(.oneCategoryOnly) }

        let shares = totals.map { Double($0) / Double(ratings) }
        let observed = agreement / Double(counts.count)
        let expected = shares.reduce(0) { $0 + $1 * $1 }
        let kappa = (observed - expected) / (1 - expected)
        let pq = shares.reduce(0) { $0 + $1 * (1 - $1) }
        let skew = shares.reduce(0) { $0 + $1 * (1 - $1) * (1 - 2 * $1) }
        let variance = 2 / (pq * pq * Double(ratings * (n - 1))) * (pq * pq - skew)
        let standardError = variance > 0 ? variance.squareRoot() : nil
        let z = standardError.map { kappa / $0 }
        return .success(FleissKappa(
            kappa: kappa, observedAgreement: observed, expectedAgreement: expected,
            standardError: standardError, z: z, pValue: z.map { erfc(abs($0) / 2.squareRoot()) },
            categoryKappas: categoryKappas(counts, shares: shares, raters: n),
            subjects: counts.count, raters: n))
    }

    /// κⱼ = 1 − Σᵢ nᵢⱼ(n − nᵢⱼ) / (N n (n − 1) pⱼ qⱼ): agreement on category j against the rest.
    package static func categoryKappas(_ counts: [[Int]], shares: [Double], raters n: Int) -> [Double?] {
        shares.indices.map { category in
            let share = shares[category]
            guard share > 0, share < 1 else { return nil }
            let disagreement = counts.reduce(0) { sum, row in
                let count = category < row.count ? row[category] : 0
                return sum + count * (n - count)
            }
            return 1 - Double(disagreement) / (Double(counts.count * n * (n - 1)) * share * (1 - share))
        }
    }
}
