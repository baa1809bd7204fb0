extension KrippendorffAlpha {
    /// The bootstrap distribution of alpha by Krippendorff's algorithm, as Hayes & Krippendorff
    /// (2007, "Answering the call for a standard reliability measure for coding data", Communication
    /// Methods and Measures 1(1), 77-89) describe it and Hayes's KALPHA macro (version 3.0, 2011)
    /// computes it; revised in Krippendorff, "Algorithm for bootstrapping a distribution of α"
    /// (2006, revised 2011). It resamples pairs of values from the coincidence matrix, not units, and
    /// keeps the expected disagreement D_e of the data fixed:
    ///
    /// 1. Each cell c ≤ k of the coincidence matrix is a segment with probability o_cc/n.. (diagonal)
    ///    or 2·o_ck/n.. (off it), carrying its δ²_ck.
    /// 2. M pairs are drawn per replicate: M = min(25·Q, (m − 1)·n../2), Q the non-zero cells of the
    ///    full matrix, m the number of observers. (The 2007 paper drew as many pairs as the data hold,
    ///    239 in its example; the cap came with the revision and KALPHA 3.0.)
    /// 3. A replicate's alpha is 1 − Σ δ² / (M·D_e); values below −1 are set to −1.
    /// 4. Replicates with no disagreement at all (alpha = 1) that stand for samples of a single value,
    ///    where alpha is undefined, are set to 0: all of them when one diagonal cell is non-zero;
    ///    otherwise up to round(B·Σ_c (o_cc/n..)^M) of them, the expected number of such samples.
    ///    (KALPHA raises to the number of pairable pairs here, the Stata and R ports to M; M is what
    ///    is drawn.)
    ///
    /// The M pairs are drawn as a multinomial over the segments (one binomial per distinct δ², the
    /// segments sharing one pooled) rather than one at a time: only how many land on each δ² enters
    /// Σ δ², so the distribution is the same and a replicate costs O(categories²), not O(M). The interval is the replicates' 2.5% and
    /// 97.5% type-7 quantiles (KALPHA takes the order statistics at ⌊.025·B⌋ and ⌊.975·B⌋ + 1).
    public struct Bootstrap: Hashable, Sendable {
        /// Alpha of the data itself, as `compute` gives it.
        public var alpha: Double
        public var interval: BootstrapInterval
        /// q: the share of replicates below `tentativeMinimum`, the probability of failing to reach it.
        public var belowTentative: Double
        /// q for `reliableMinimum`.
        public var belowReliable: Double
        /// M, the pairs drawn per replicate.
        public var draws: Int
        public var replicates: Int
    }

    /// The thresholds Hayes & Krippendorff report q for: data below .667 should be discarded, and
    /// conclusions from .667 up to .800 drawn only tentatively.
    public static let tentativeMinimum = 0.667
    public static let reliableMinimum = 0.8

    /// Nil whenever `compute` gives no alpha (not enough data, no variation) or `replicates` is not
    /// positive.
    public static func bootstrap(
        units: [[Double?]], metric: Metric, replicates: Int = BootstrapInterval.defaultReplicates,
        seed: BootstrapSeed
    ) -> Bootstrap? {
        guard replicates > 0, let data = Coincidences(units: units), data.size > 1 else { return nil }
        let expected = data.expectedDisagreement(metric: metric)
        guard expected > 0 else { return nil }
        let alpha = 1 - data.observedDisagreement(metric: metric) / expected
        let sampler = PairSampler(data: data, metric: metric)
        guard sampler.draws > 0 else { return nil }

        var generator = Xoshiro256StarStar(seed: seed)
        var replicateAlphas: [Double] = []
        replicateAlphas.reserveCapacity(replicates)
        var perfect: [Int] = []
        for b in 0..<replicates {
            let disagreement = sampler.sampledDisagreement(using: &generator)
            if disagreement == 0 { perfect.append(b) }
            replicateAlphas.append(max(1 - disagreement / (Double(sampler.draws) * expected), -1))
        }
        for b in perfect.prefix(sampler.undefinedCount(among: perfect.count, replicates: replicates)) {
            replicateAlphas[b] = 0
        }

        guard let interval = BootstrapInterval(percentilesOf: replicateAlphas) else { return nil }
        let share = { (minimum: Double) in
            Double(replicateAlphas.filter { $0 < minimum }.count) / Double(replicates)
        }
        return Bootstrap(
            alpha: alpha, interval: interval, belowTentative: share(tentativeMinimum),
            belowReliable: share(reliableMinimum), draws: sampler.draws, replicates: replicates)
    }
}
