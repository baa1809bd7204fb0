/// A cell's answers as counts per scale level, lowest first, with the type-7 median read straight
/// from the counts and a multinomial resample of the same total: neither expands the answers.
package struct LevelCounts: Sendable {
    package let counts: [Int]
    package let levels: [Double]
    package let total: Int
    /// Answers at or below each level.
    private let cumulative: [Int]
    /// The median's order statistics (0-based) and the weight of the upper one: h = (total − 1)/2.
    private let low: Int
    private let high: Int
    private let fraction: Double
    /// The level just below the one holding the median, where a resample's walk starts, and the draw
    /// of how many resampled answers fall at or below it.
    private let anchor: Int
    private let anchorDraw: Binomial.Prepared

    /// Nil when the counts and levels differ in length or a count is negative.
    package init?(counts: [Int], levels: [Double]) {
        guard counts.count == levels.count, counts.allSatisfy({ $0 >= 0 }) else { return nil }
        self.counts = counts
        self.levels = levels
        var running = 0
        cumulative = counts.map { running += $0; return running }
        total = running
        let h = Double(max(total - 1, 0)) * 0.5
        low = Int(h.rounded(.down))
        high = min(low + 1, max(total - 1, 0))
        fraction = h - Double(low)
        let low = low, cumulative = cumulative
        anchor = (cumulative.firstIndex { $0 > low } ?? 0) - 1
        anchorDraw = Binomial.Prepared(
            trials: total, probability: anchor < 0 ? 0 : Double(cumulative[anchor]) / Double(max(total, 1)))
    }

    /// The type-7 median of the answers themselves; nil with none.
    package var median: Double? {
        guard total > 0,
              let lowLevel = cumulative.firstIndex(where: { $0 > low }),
              let highLevel = cumulative.firstIndex(where: { $0 > high })
        else { return nil }
        return interpolate(lowLevel, highLevel)
    }

    /// The median of a resample of `total` answers with replacement, i.e. a multinomial draw with the
    /// cell's proportions, made only as far as the median needs. S(j), the resampled answers at or
    /// below level j, is binomial; given S(j) = s, the answers below split binomially among the levels
    /// below (S(j − 1) ~ Bin(s, C(j − 1)/C(j))) and the rest among the levels above. So the walk draws
    /// S at the level below the cell's median, then steps down or up one level at a time until both
    /// order statistics of the median are placed: usually two draws, whatever the number of levels.
    package func resampledMedian(using generator: inout Xoshiro256StarStar) -> Double {
        var j = anchor
        var s = anchor < 0 ? 0 : anchorDraw.sample(using: &generator)
        let lowLevel: Int, highLevel: Int
        if s > high {
            highLevel = walkDown(to: high, level: &j, through: &s, using: &generator)
            lowLevel = s > low ? walkDown(to: low, level: &j, through: &s, using: &generator) : highLevel
        } else if s <= low {
            lowLevel = walkUp(to: low, level: &j, through: &s, using: &generator)
            highLevel = s > high ? lowLevel : walkUp(to: high, level: &j, through: &s, using: &generator)
        } else {
            var (j2, s2) = (j, s)
            lowLevel = walkDown(to: low, level: &j, through: &s, using: &generator)
            highLevel = walkUp(to: high, level: &j2, through: &s2, using: &generator)
        }
        return interpolate(lowLevel, highLevel)
    }

    /// The B replicate medians in draw order.
    package func replicateMedians(_ replicates: Int, seed: BootstrapSeed) -> [Double] {
        var generator = Xoshiro256StarStar(seed: seed)
        return (0..<max(replicates, 0)).map { _ in resampledMedian(using: &generator) }
    }

    /// From S(j) = s > p, the level holding position p; leaves (j, s) at the level below it.
    private func walkDown(
        to p: Int, level j: inout Int, through s: inout Int, using generator: inout Xoshiro256StarStar
    ) -> Int {
        while j > 0 {
            let below = cumulative[j - 1]
            let drawn = below == cumulative[j]
                ? s
                : Binomial.sample(trials: s, probability: Double(below) / Double(cumulative[j]), using: &generator)
            let level = j
            (j, s) = (j - 1, drawn)
            if drawn <= p { return level }
        }
        (j, s) = (-1, 0)
        return 0
    }

    /// From S(j) = s ≤ p (j = −1, s = 0 below the lowest level), the level holding position p; leaves
    /// (j, s) at that level.
    private func walkUp(
        to p: Int, level j: inout Int, through s: inout Int, using generator: inout Xoshiro256StarStar
    ) -> Int {
        while true {
            let next = j + 1
            let left = total - (j < 0 ? 0 : cumulative[j])
            let drawn = counts[next] == left
                ? total - s
                : Binomial.sample(
                    trials: total - s, probability: Double(counts[next]) / Double(left), using: &generator)
            (j, s) = (next, s + drawn)
            if s > p { return j }
        }
    }

    @inline(__always)
    private func interpolate(_ lowLevel: Int, _ highLevel: Int) -> Double {
        levels[lowLevel] + fraction * (levels[highLevel] - levels[lowLevel])
    }
}
