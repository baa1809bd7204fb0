/// Chooses a complete block — units by raters with no value missing — from data with gaps, since
/// Kendall's W, Fleiss' kappa and the intraclass correlation need complete data and a live workshop
/// has missing answers. The rule, also in `rule` for printing beside the figures:
///
/// Start with every rater. A unit is in play while at least two of the current raters answered it.
/// Repeatedly consider dropping the current rater with the most missing answers among the units in
/// play (the lower index on a tie), while more than two raters remain and some rater misses one. Of
/// the rater sets so visited, keep the one whose complete units × raters is largest, counting only
/// sets with at least two complete units; on a tie keep the one with more raters. Nothing when no
/// set qualifies.
public enum CompleteBlock {
    public static let rule = """
        complete block: starting from every rater, repeatedly drop the rater missing most answers among \
        the units at least two current raters answered (lower index on a tie), down to two raters; keep \
        the rater set with the most complete units × raters (at least two of each), more raters on a tie
        """

    /// `units[u][r]` is rater r's value for unit u, nil when missing (rows may be short). Returns the
    /// kept units and raters, ascending; both empty when no block of at least 2 × 2 exists.
    public static func select(_ units: [[Double?]]) -> (units: [Int], raters: [Int]) {
        let raterCount = units.map(\.count).max() ?? 0
        var current = Array(0..<raterCount)
        var best: (units: [Int], raters: [Int]) = ([], [])
        while current.count >= 2 {
            let complete = units.indices.filter { u in current.allSatisfy { answered(units, u, $0) } }
            // Strictly larger only: a later set has fewer raters, so an equal block keeps the earlier.
            if complete.count >= 2, complete.count * current.count > best.units.count * best.raters.count {
                best = (complete, current)
            }
            guard current.count > 2, let sparsest = sparsestRater(units, among: current) else { break }
            current.removeAll { $0 == sparsest }
        }
        return best
    }

    /// The current rater missing most answers among the units in play, the lower index on a tie;
    /// nil when no rater misses any (dropping one could then only shrink the block).
    package static func sparsestRater(_ units: [[Double?]], among raters: [Int]) -> Int? {
        var missing = [Int](repeating: 0, count: raters.count)
        for u in units.indices {
            let answers = raters.map { answered(units, u, $0) }
            guard answers.filter({ $0 }).count >= 2 else { continue }
            for (position, answer) in answers.enumerated() where !answer { missing[position] += 1 }
        }
        guard let most = missing.max(), most > 0, let position = missing.firstIndex(of: most) else { return nil }
        return raters[position]
    }

    private static func answered(_ units: [[Double?]], _ u: Int, _ r: Int) -> Bool {
        r < units[u].count && units[u][r] != nil
    }
}
