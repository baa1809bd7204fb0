import Testing
@testable import WorkshopKit

/// Krippendorff's alpha bootstrap (Hayes & Krippendorff 2007; KALPHA 3.0) on Krippendorff's (2011)
/// reliability data: 4 observers, 40 pairable values, so M = min(25·Q, 3·40/2) = 60 pairs a replicate.
///
/// With nominal data every disagreeing pair has δ² = 1, so a replicate's alpha is exactly
/// 1 − X/(M·D_e) with X ~ Binomial(M, D_o), D_o = 0.2 and D_e = 152/195: its quantiles and q are
/// known in closed form. Exact: q(α < .667) = 0.13062, q(α < .800) = 0.78679; the 2.5% and 97.5%
/// points are X = 18 and X = 6, alpha 0.61513 and 0.87171.
///
/// No KALPHA output for this data set was found in print. The R package icr (Staudt) prints
/// (0.572, 0.850), q(.800) = 0.865 for it, but icr draws M = 55 pairs uniformly over all pairs in the
/// data rather than by the coincidence matrix; its replicates centre on 0.721, not on alpha (0.743).
struct BootstrapAlphaTests {
    static let units = KrippendorffAlphaTests.units

    @Test(arguments: [KrippendorffAlpha.Metric.nominal, .ordinal, .interval])
    func pointAlphaIsComputes(_ metric: KrippendorffAlpha.Metric) throws {
        let result = try #require(
            KrippendorffAlpha.bootstrap(units: Self.units, metric: metric, seed: BootstrapSeed("p")))
        let alpha = try #require(KrippendorffAlpha.compute(units: Self.units, metric: metric).value)
        #expect(abs(result.alpha - alpha) < 1e-12)
        #expect(result.draws == 60)
        #expect(result.replicates == 1000)
        #expect(result.interval.contains(result.alpha), "\(metric): \(result.interval)")
        #expect(result.interval.lower >= -1 && result.interval.upper <= 1)
        #expect(result.belowTentative <= result.belowReliable)
    }

    @Test func nominalReplicatesFollowTheExactDistribution() throws {
        let result = try #require(KrippendorffAlpha.bootstrap(
            units: Self.units, metric: .nominal, replicates: 20000, seed: BootstrapSeed("exact")))
        let alpha = { (disagreeing: Double) in 1 - disagreeing * 195 / (60 * 152) }
        #expect(abs(result.interval.lower - alpha(18)) < 1e-9, "\(result.interval)")
        #expect(abs(result.interval.upper - alpha(6)) < 1e-9, "\(result.interval)")
        // Standard errors at B = 20000: about 0.0024 and 0.0029.
        #expect(abs(result.belowTentative - 0.13062) < 0.01)
        #expect(abs(result.belowReliable - 0.78679) < 0.01)
    }

    @Test func deterministicPerSeed() {
        let first = KrippendorffAlpha.bootstrap(units: Self.units, metric: .ordinal, seed: BootstrapSeed("s"))
        #expect(first != nil)
        #expect(first == KrippendorffAlpha.bootstrap(units: Self.units, metric: .ordinal, seed: BootstrapSeed("s")))
    }

    /// Two units [1, 5] and eight [3, 3] (interval): alpha −0.9, M = min(25·3, 1·20/2) = 10, and a
    /// replicate is 1 − 0.95·X with X ~ Binomial(10, 0.2). X ≥ 3 (32%) goes below −1 and is set to −1;
    /// X = 0 (11%) draws only the one diagonal cell, no variation, and is set to 0; so the interval is
    /// (−1, 0.05), where without the two corrections it would be about (−3.75, 1).
    @Test func belowMinusOneAndUndefinedReplicatesAreCorrected() throws {
        let units: [[Double?]] = [[1, 5], [1, 5]] + Array(repeating: [3, 3], count: 8)
        let result = try #require(
            KrippendorffAlpha.bootstrap(units: units, metric: .interval, seed: BootstrapSeed("c")))
        #expect(abs(result.alpha + 0.9) < 1e-12)
        #expect(result.draws == 10)
        #expect(result.interval.lower == -1)
        #expect(abs(result.interval.upper - 0.05) < 1e-12, "\(result.interval)")
        #expect(result.belowTentative == 1)
    }

    /// [1, 1], [2, 2], [1, 2] (nominal): M = 3, P(no disagreement drawn) = (2/3)³ = 0.296, of which
    /// round(1000·2·(1/3)³) = 74 replicates stand for one category only and are set to 0: q(α < .667)
    /// is then about 0.778, against 0.704 uncorrected.
    @Test func expectedUndefinedReplicatesAreSetToZero() throws {
        let units: [[Double?]] = [[1, 1], [2, 2], [1, 2]]
        let result = try #require(KrippendorffAlpha.bootstrap(units: units, metric: .nominal, seed: BootstrapSeed("z")))
        #expect(result.draws == 3)
        #expect(abs(result.belowTentative - 0.778) < 0.03, "\(result.belowTentative)")
    }

    /// Twenty observers on two units: (m − 1)·n../2 = 19·40/2 = 380, but the coincidence matrix has
    /// Q = 4 non-zero cells, so M = 25·4 = 100.
    @Test func drawsAreCappedAtTwentyFiveTimesTheNonZeroCells() throws {
        let unit: [Double?] = Array(repeating: 1, count: 10) + Array(repeating: 2, count: 10)
        let result = try #require(
            KrippendorffAlpha.bootstrap(units: [unit, unit], metric: .nominal, seed: BootstrapSeed("m")))
        #expect(result.draws == 100)
    }

    @Test func perfectAgreementWithVariationIsOne() throws {
        let units: [[Double?]] = [[1, 1, 1], [3, 3, nil], [5, 5, 5], [2, 2, 2]]
        let result = try #require(KrippendorffAlpha.bootstrap(units: units, metric: .ordinal, seed: BootstrapSeed("1")))
        #expect(result.interval == BootstrapInterval(lower: 1, upper: 1))
        #expect(result.belowReliable == 0)
    }

    @Test func noAlphaNoInterval() {
        let seed = BootstrapSeed("none")
        #expect(KrippendorffAlpha.bootstrap(units: [], metric: .ordinal, seed: seed) == nil)
        #expect(KrippendorffAlpha.bootstrap(units: [[4, nil], [nil, 2]], metric: .ordinal, seed: seed) == nil)
        #expect(KrippendorffAlpha.bootstrap(units: [[4, 4], [4, 4]], metric: .interval, seed: seed) == nil)
        #expect(KrippendorffAlpha.bootstrap(units: Self.units, metric: .ordinal, replicates: 0, seed: seed) == nil)
    }

    @Test func thresholdsAreHayesAndKrippendorffs() {
        #expect(KrippendorffAlpha.tentativeMinimum == 0.667)
        #expect(KrippendorffAlpha.reliableMinimum == 0.8)
    }
}
