/// Percentile bootstrap intervals for an activity's standing: the weighted mean over personas of
/// each persona's score, a score being the criterion-weighted mean of the persona's cell medians
/// (cells without answers left out and the weights of those present renormalised, as the summary
/// does). Each replicate resamples every cell of the activity independently, as `MedianBootstrap`
/// does one cell, and recomputes the standing; the interval is the replicates' 2.5% and 97.5% type-7
/// quantiles.
public enum StandingBootstrap {
    /// One persona × criterion cell of an activity.
    public struct Cell: Hashable, Sendable {
        /// Which persona the cell belongs to; cells of one persona share its score.
        public var persona: Int
        /// The persona's weight; every cell of a persona carries the same one (the first is used).
        public var personaWeight: Double
        public var criterionWeight: Double
        /// Answers per scale level, lowest first.
        public var counts: [Int]

        public init(persona: Int, personaWeight: Double, criterionWeight: Double, counts: [Int]) {
            self.persona = persona
            self.personaWeight = personaWeight
            self.criterionWeight = criterionWeight
            self.counts = counts
        }
    }

    /// An activity's standing interval and, from the same draws, each of its cells' median intervals.
    public struct Result: Hashable, Sendable {
        /// Nil when no cell has `MedianBootstrap.minimumValues` answers or the weights leave the
        /// standing undefined.
        public var standing: BootstrapInterval?
        /// In the order the cells were given; nil for a cell below `MedianBootstrap.minimumValues`.
        public var cells: [BootstrapInterval?]
    }

    /// The standing itself, from the cells' medians: what the intervals are intervals of.
    public static func standing(cells: [Cell], levels: [Double]) -> Double? {
        guard let layout = Layout(cells: cells, levels: levels) else { return nil }
        return layout.standing { layout.cells[$0].median ?? .nan }
    }

    /// The standing interval of one activity. Cell `i` draws from `seed.derived(i)`.
    public static func interval(
        cells: [Cell], levels: [Double], replicates: Int = BootstrapInterval.defaultReplicates,
        seed: BootstrapSeed
    ) -> BootstrapInterval? {
        result(cells: cells, levels: levels, replicates: replicates, seed: seed, cellIntervals: false).standing
    }

    /// Every activity at once (`activities[a]` its cells), each with its cells' median intervals from
    /// the same replicates, so a summary resamples each cell once for both figures. Activity `a` draws
    /// from `seed.derived(a)`: its result equals `interval(cells:…, seed: seed.derived(a))`, and cell
    /// `i`'s interval equals `MedianBootstrap.interval(…, seed: seed.derived(a).derived(i))`.
    public static func intervals(
        activities: [[Cell]], levels: [Double], replicates: Int = BootstrapInterval.defaultReplicates,
        seed: BootstrapSeed
    ) -> [Result] {
        activities.enumerated().map { a, cells in
            result(cells: cells, levels: levels, replicates: replicates, seed: seed.derived(a), cellIntervals: true)
        }
    }

    package static func result(cells: [Cell], levels: [Double], replicates: Int, seed: BootstrapSeed, cellIntervals: Bool)
        -> Result
    {
        guard let layout = Layout(cells: cells, levels: levels) else {
            return Result(standing: nil, cells: cells.map { _ in nil })
        }
        var medians: [[Double]] = Array(repeating: [], count: cells.count)
        var intervals: [BootstrapInterval?] = Array(repeating: nil, count: cells.count)
        for i in layout.present {
            medians[i] = layout.cells[i].replicateMedians(replicates, seed: seed.derived(i))
            if cellIntervals, layout.cells[i].total >= MedianBootstrap.minimumValues {
                intervals[i] = BootstrapInterval(percentilesOf: medians[i])
            }
        }
        let resampled = layout.cells.contains { $0.total >= MedianBootstrap.minimumValues }
        guard resampled, layout.standing({ layout.cells[$0].median ?? .nan }) != nil else {
            return Result(standing: nil, cells: intervals)
        }
        var standings: [Double] = []
        standings.reserveCapacity(max(replicates, 0))
        for b in 0..<max(replicates, 0) {
            if let value = layout.standing({ medians[$0][b] }) { standings.append(value) }
        }
        return Result(standing: BootstrapInterval(percentilesOf: standings), cells: intervals)
    }
}
