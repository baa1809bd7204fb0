/// Percentile bootstrap intervals for a cell's median (Efron & Tibshirani 1993). Each replicate
/// resamples the cell's answers with replacement (a multinomial draw of the same total from the
/// cell's proportions per level) and takes its type-7 median; the interval is the 2.5% and 97.5%
/// type-7 quantiles of the replicate medians. A cell whose answers are all equal gets a zero-width
/// interval.
public enum MedianBootstrap {
    /// Fewer answers than this give no interval: one answer resamples only to itself.
    public static let minimumValues = 2

    /// `counts[i]` answers at `levels[i]`, lowest level first. Nil below `minimumValues` answers, or
    /// when the two arrays differ in length or a count is negative.
    public static func interval(
        counts: [Int], levels: [Double], replicates: Int = BootstrapInterval.defaultReplicates,
        seed: BootstrapSeed
    ) -> BootstrapInterval? {
        guard let cell = LevelCounts(counts: counts, levels: levels), cell.total >= minimumValues else { return nil }
        return BootstrapInterval(percentilesOf: cell.replicateMedians(replicates, seed: seed))
    }

    /// The interval of median(first) − median(second) for two independent samples on the same scale,
    /// e.g. the same cell at two meetings: each replicate resamples both and subtracts. Nil when either
    /// side has fewer than `minimumValues` answers. `excludesZero` on the result says whether the
    /// medians differ at the 5% level.
    public static func difference(
        _ first: [Int], minus second: [Int], levels: [Double],
        replicates: Int = BootstrapInterval.defaultReplicates, seed: BootstrapSeed
    ) -> BootstrapInterval? {
        guard let a = LevelCounts(counts: first, levels: levels), a.total >= minimumValues,
              let b = LevelCounts(counts: second, levels: levels), b.total >= minimumValues
        else { return nil }
        // Each side its own stream, so the two resamples are independent and a side's draws do not
        // depend on how many numbers the other consumed.
        let medians = zip(a.replicateMedians(replicates, seed: seed.derived(0)),
                          b.replicateMedians(replicates, seed: seed.derived(1)))
        return BootstrapInterval(percentilesOf: medians.map { $0 - $1 })
    }
}
