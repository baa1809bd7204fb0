import Foundation
import Testing
@testable import WorkshopKit

/// The binomial sampler's edge cases, its first two moments (mean np, variance np(1 − p)) and a
/// chi-square test of its whole distribution against the exact probabilities, for cases that take
/// each path: inversion (small (n + 1)p), BTRD near the mode and BTRD in the tails (|k − m| > 15),
/// and p above one half (drawn as failures).
struct BootstrapBinomialTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let n: Int
        let p: Double
        var testDescription: String { "n = \(n), p = \(p)" }
    }

    @Test(arguments: [
        (0, 0.3, 0), (10, 0, 0), (10, 1, 10), (-5, 0.5, 0), (10, 1.5, 10), (10, -0.1, 0), (1, 1, 1),
    ])
    func edgeCases(_ n: Int, _ p: Double, _ expected: Int) {
        var generator = Xoshiro256StarStar(seed: BootstrapSeed("edges"))
        for _ in 0..<20 { #expect(Binomial.sample(trials: n, probability: p, using: &generator) == expected) }
    }

    @Test(arguments: [
        Case(n: 20, p: 0.1), Case(n: 1000, p: 0.003), Case(n: 200, p: 0.3), Case(n: 6000, p: 0.2),
        Case(n: 100, p: 0.93), Case(n: 5000, p: 0.7), Case(n: 1, p: 0.5),
    ])
    func meanAndVarianceMatch(_ c: Case) {
        var generator = Xoshiro256StarStar(seed: BootstrapSeed("moments \(c.n) \(c.p)"))
        let draws = 100_000
        var sum = 0.0, squares = 0.0
        for _ in 0..<draws {
            let x = Binomial.sample(trials: c.n, probability: c.p, using: &generator)
            #expect(x >= 0 && x <= c.n)
            sum += Double(x)
            squares += Double(x) * Double(x)
        }
        let mean = sum / Double(draws)
        let variance = squares / Double(draws) - mean * mean
        let expectedVariance = Double(c.n) * c.p * (1 - c.p)
        // Five standard errors of the mean; the variance's relative standard error is about √(2/draws).
        #expect(abs(mean - Double(c.n) * c.p) < 5 * (expectedVariance / Double(draws)).squareRoot())
        #expect(abs(variance / expectedVariance - 1) < 0.025)
    }

    @Test(arguments: [Case(n: 25, p: 0.2), Case(n: 60, p: 0.35), Case(n: 6000, p: 0.3), Case(n: 400, p: 0.8)])
    func distributionMatchesTheExactProbabilities(_ c: Case) {
        var generator = Xoshiro256StarStar(seed: BootstrapSeed("chi-square \(c.n)"))
        let draws = 200_000
        var observed = Array(repeating: 0, count: c.n + 1)
        for _ in 0..<draws { observed[Binomial.sample(trials: c.n, probability: c.p, using: &generator)] += 1 }
        // Bins with an expected count of at least 5; the tails pooled into the bins next to them.
        var bins: [(expected: Double, observed: Double)] = [(0, 0)]
        for k in 0...c.n {
            if bins[bins.count - 1].expected >= 5 { bins.append((0, 0)) }
            bins[bins.count - 1].expected += Double(draws) * Self.probability(k, c.n, c.p)
            bins[bins.count - 1].observed += Double(observed[k])
        }
        if bins.count > 1, let last = bins.last, last.expected < 5 {
            bins.removeLast()
            bins[bins.count - 1].expected += last.expected
            bins[bins.count - 1].observed += last.observed
        }
        let chiSquare = bins.reduce(0) { $0 + ($1.observed - $1.expected) * ($1.observed - $1.expected) / $1.expected }
        // With df = bins − 1, chi-square beyond df + 7·√(2·df) has probability far below 1e-6; a
        // wrong sampler at this many draws lands in the thousands.
        let df = Double(bins.count - 1)
        #expect(chiSquare < df + 7 * (2 * df).squareRoot(), "chi-square \(chiSquare) over \(bins.count) bins")
    }

    static func probability(_ k: Int, _ n: Int, _ p: Double) -> Double {
        let logChoose = lgamma(Double(n + 1)) - lgamma(Double(k + 1)) - lgamma(Double(n - k + 1))
        return exp(logChoose + Double(k) * log(p) + Double(n - k) * log1p(-p))
    }
}
