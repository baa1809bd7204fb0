import Foundation

extension KrippendorffAlpha {
    /// Steps 1, 2 and 4 of the alpha bootstrap (see `Bootstrap`): the coincidence matrix cut into
    /// segments, the number of pairs M a replicate draws, and how many perfect replicates stand for
    /// samples without variation.
    package struct PairSampler {
        /// M.
        package let draws: Int
        /// The segments pooled by δ² (only how many draws land on each δ² enters Σ δ²), heaviest
        /// first: each pool's o_cc or 2·o_ck summed (proportional to its probability), the sum from it
        /// to the last, and its δ². The diagonal cells pool at δ² = 0.
        private let weights: [Double]
        private let tails: [Double]
        private let deltas: [Double]
        /// The first pool's binomial, the same n (M) and p every replicate.
        private let firstDraw: Binomial.Prepared
        /// o_cc/n.. of the non-zero diagonal cells.
        private let diagonalShares: [Double]

        package init(data: Coincidences, metric: Metric) {
            var pools: [Double: Double] = [:], diagonal: [Double] = []
            var nonZeroCells = 0
            for c in 0..<data.size {
                for k in c..<data.size where data.coincidence(c, k) > 0 {
                    let o = data.coincidence(c, k)
                    pools[c == k ? 0 : data.distance(c, k, metric: metric), default: 0] += c == k ? o : 2 * o
                    nonZeroCells += c == k ? 1 : 2
                    if c == k { diagonal.append(o / Double(data.pairable)) }
                }
            }
            let sorted = pools.sorted { ($0.value, $0.key) > ($1.value, $1.key) }
            weights = sorted.map(\.value)
            deltas = sorted.map(\.key)
            var tails = weights
            for s in tails.indices.reversed().dropFirst() { tails[s] += tails[s + 1] }
            self.tails = tails
            diagonalShares = diagonal
            draws = max(min(25 * nonZeroCells, (data.observers - 1) * data.pairable / 2), 0)
            firstDraw = Binomial.Prepared(trials: draws, probability: weights.count > 1 ? weights[0] / tails[0] : 1)
        }

        /// Σ δ² over M pairs drawn with replacement from the segments: a multinomial, drawn as one
        /// binomial per pool conditional on the pools after it.
        package func sampledDisagreement(using generator: inout Xoshiro256StarStar) -> Double {
            var remaining = draws
            var sum = 0.0
            for s in weights.indices where remaining > 0 {
                let drawn = if s == weights.count - 1 {
                    remaining
                } else if s == 0 {
                    firstDraw.sample(using: &generator)
                } else {
                    Binomial.sample(trials: remaining, probability: weights[s] / tails[s], using: &generator)
                }
                sum += Double(drawn) * deltas[s]
                remaining -= drawn
            }
            return sum
        }

        /// How many of the `perfect` replicates (no disagreement drawn) to set to 0: all when one
        /// diagonal cell holds every agreement, else at most the expected number of replicates whose
        /// M pairs all fell in a single diagonal cell, round(B·Σ_c (o_cc/n..)^M).
        package func undefinedCount(among perfect: Int, replicates: Int) -> Int {
            guard perfect > 0 else { return 0 }
            guard diagonalShares.count > 1 else { return perfect }
            let expected = Double(replicates) * diagonalShares.reduce(0) { $0 + pow($1, Double(draws)) }
            return min(perfect, Int(expected.rounded()))
        }
    }
}
