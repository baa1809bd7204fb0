import Foundation

/// Exact binomial random variates, the building block of multinomial resampling: a bootstrap
/// replicate of a cell draws a binomial per scale level it needs, so it costs O(levels), not
/// O(answers).
///
/// Small means ((n + 1)·p below 11) by inversion, walking the probabilities up from zero
/// (Kachitvichyanukul & Schmeiser 1988, "Binomial random variate generation", CACM 31(2), BINV);
/// larger ones by BTRD, transformed rejection with decomposition (Hörmann 1993, "The generation of
/// binomial random variates", J. Statist. Comput. Simul. 46), whose expected cost does not grow with
/// n. Both are exact up to floating point.
public enum Binomial {
    /// The number of successes in `trials` independent trials that each succeed with `probability`.
    /// `trials` below 0 count as 0; `probability` is clamped to 0...1.
    public static func sample<G: RandomNumberGenerator>(trials: Int, probability: Double, using generator: inout G)
        -> Int
    {
        Prepared(trials: trials, probability: probability).sample(using: &generator)
    }

    /// A distribution set up once for many draws with the same n and p.
    package struct Prepared {
        private enum Method {
            case constant(Int)
            case inversion(Inversion)
            case btrd(BTRD)
        }

        private let method: Method
        /// Drawing failures instead of successes: both algorithms want p ≤ 1/2.
        private let flipped: Bool
        private let trials: Int

        package init(trials: Int, probability: Double) {
            let n = max(trials, 0)
            self.trials = n
            flipped = probability > 0.5
            let p = flipped ? 1 - probability : probability
            if n == 0 || !(p > 0) {
                // p ≤ 0, or p ≥ 1 flipped to ≤ 0 (NaN falls here too and draws nothing).
                method = .constant(0)
            } else if Double(n + 1) * p < 11 {
                method = .inversion(Inversion(trials: n, probability: p))
            } else {
                method = .btrd(BTRD(trials: n, probability: p))
            }
        }

        @inline(__always)
        package func sample<G: RandomNumberGenerator>(using generator: inout G) -> Int {
            let x: Int
            switch method {
            case let .constant(value): x = value
            case let .inversion(inversion): x = inversion.sample(using: &generator)
            case let .btrd(btrd): x = btrd.sample(using: &generator)
            }
            return flipped ? trials - x : x
        }
    }

    /// BINV: P(0) = qⁿ, P(x) = P(x − 1)·((n + 1)p/q / x − p/q), subtracted from one uniform until it
    /// runs out. With a mean below 11, qⁿ stays far from underflow and the walk is short.
    package struct Inversion {
        package let n: Int
        package let s, a, first: Double

        package init(trials n: Int, probability p: Double) {
            self.n = n
            s = p / (1 - p)
            a = Double(n + 1) * s
            first = pow(1 - p, Double(n))
        }

        package func sample<G: RandomNumberGenerator>(using generator: inout G) -> Int {
            while true {
                var u = unit(&generator)
                var r = first
                var x = 0
                while u > r {
                    u -= r
                    x += 1
                    guard x <= n else { break }
                    r *= a / Double(x) - s
                }
                // Past n only when rounding left the probabilities summing below u: draw again.
                if x <= n { return x }
            }
        }
    }

    /// A uniform double in [0, 1) with 53 random bits.
    @inline(__always)
    package static func unit<G: RandomNumberGenerator>(_ generator: inout G) -> Double {
        Double(generator.next() >> 11) * 0x1.0p-53
    }
}
