extension StandingBootstrap {
    /// One activity's cells arranged so that its standing can be recomputed a thousand times without
    /// allocating: the cells with answers, grouped by persona, with their weights.
    package struct Layout {
        package let cells: [LevelCounts]
        /// Indices of the cells with at least one answer, each persona's together.
        package let present: [Int]
        private let criterionWeights: [Double]
        /// Where each persona's run in `present` ends, and that persona's weight.
        private let runEnds: [Int]
        private let personaWeights: [Double]

        /// Nil when a cell's counts do not fit the levels.
        package init?(cells: [Cell], levels: [Double]) {
            var parsed: [LevelCounts] = []
            parsed.reserveCapacity(cells.count)
            for cell in cells {
                guard let counts = LevelCounts(counts: cell.counts, levels: levels) else { return nil }
                parsed.append(counts)
            }
            self.cells = parsed
            // A stable sort keeps the caller's criterion order within a persona.
            present = cells.indices
                .filter { parsed[$0].total > 0 }
                .enumerated()
                .sorted { (cells[$0.element].persona, $0.offset) < (cells[$1.element].persona, $1.offset) }
                .map(\.element)
            criterionWeights = present.map { cells[$0].criterionWeight }
            var ends: [Int] = [], weights: [Double] = []
            var runStart = 0
            for position in present.indices {
                let next = position + 1
                if next == present.count || cells[present[next]].persona != cells[present[position]].persona {
                    ends.append(next)
                    weights.append(cells[present[runStart]].personaWeight)
                    runStart = next
                }
            }
            runEnds = ends
            personaWeights = weights
        }

        /// The weighted mean over personas of their criterion-weighted mean medians, `median(i)` giving
        /// cell i's median; nil when no persona has positive criterion weights or the persona weights
        /// of those that do sum to zero.
        package func standing(_ median: (Int) -> Double) -> Double? {
            var total = 0.0, weightSum = 0.0
            var start = 0
            for (run, end) in runEnds.enumerated() {
                var score = 0.0, criterionSum = 0.0
                for position in start..<end {
                    score += criterionWeights[position] * median(present[position])
                    criterionSum += criterionWeights[position]
                }
                start = end
                guard criterionSum > 0 else { continue }
                total += personaWeights[run] * score / criterionSum
                weightSum += personaWeights[run]
            }
            return weightSum > 0 ? total / weightSum : nil
        }
    }
}
