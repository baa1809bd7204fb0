import Foundation

extension Binomial {
    /// Hörmann's (1993) BTRD for n·p ≥ 10 and p ≤ 1/2: a transformed-rejection hat with a box of
    /// immediate acceptance (about 86% of draws end there), then a ratio of probabilities evaluated
    /// recursively near the mode, or a squeeze and Stirling's series further out. Step numbers in the
    /// comments are the paper's.
    package struct BTRD {
        package let n: Int
        package let m: Int
        package let r, nr, npq, a, b, c, alpha, vr, urvr: Double

        package init(trials n: Int, probability p: Double) {
            self.n = n
            m = Int((Double(n + 1) * p).rounded(.down))
            r = p / (1 - p)
            nr = Double(n + 1) * r
            npq = Double(n) * p * (1 - p)
            let spq = npq.squareRoot()
            b = 1.15 + 2.53 * spq
            a = -0.0873 + 0.0248 * b + 0.01 * p
            c = Double(n) * p + 0.5
            alpha = (2.83 + 5.1 / b) * spq
            vr = 0.92 - 4.2 / b
            urvr = 0.86 * vr
        }

        package func sample<G: RandomNumberGenerator>(using generator: inout G) -> Int {
            while true {
                // 1: the box in the middle of the hat, accepted without evaluating the distribution.
                var v = unit(&generator)
                if v <= urvr {
                    let u = v / vr - 0.43
                    if let k = variate(u) { return k }
                    continue
                }
                // 2: a point under the hat but outside the box.
                var u: Double
                if v >= vr {
                    u = unit(&generator) - 0.5
                } else {
                    u = v / vr - 0.93
                    u = (u < 0 ? -0.5 : 0.5) - u
                    v = unit(&generator) * vr
                }
                // 3.0: the candidate and its height under the hat.
                let us = 0.5 - abs(u)
                guard let k = variate(u) else { continue }
                v *= alpha / (a / (us * us) + b)
                let km = abs(k - m)
                if km <= 15 {
                    // 3.1: f(k)/f(m) as a product of successive ratios.
                    var f = 1.0
                    if m < k {
                        for i in (m + 1)...k { f *= nr / Double(i) - r }
                    } else if m > k {
                        for i in (k + 1)...m { v *= nr / Double(i) - r }
                    }
                    if v <= f { return k }
                    continue
                }
                // 3.2: squeeze around the normal approximation of log f(k)/f(m).
                v = log(v)
                let d = Double(km)
                let rho = (d / npq) * (((d / 3 + 0.625) * d + 1.0 / 6) / npq + 0.5)
                let t = -d * d / (2 * npq)
                if v < t - rho { return k }
                if v > t + rho { continue }
                // 3.3-3.4: the exact log ratio through Stirling's formula with its corrections.
                let nm = Double(n - m + 1)
                let h = (Double(m) + 0.5) * log(Double(m + 1) / (r * nm)) + correction(m) + correction(n - m)
                let nk = Double(n - k + 1)
                let bound = h + Double(n + 1) * log(nm / nk) + (Double(k) + 0.5) * log(nk * r / Double(k + 1))
                    - correction(k) - correction(n - k)
                if v <= bound { return k }
            }
        }

        /// The candidate ⌊(2a/us + b)·u + c⌋, nil outside 0...n.
        @inline(__always)
        private func variate(_ u: Double) -> Int? {
            let k = ((2 * a / (0.5 - abs(u)) + b) * u + c).rounded(.down)
            guard k >= 0, k <= Double(n) else { return nil }
            return Int(k)
        }

        /// fc(k) = log k! − [(k + ½)·log(k + 1) − (k + 1) + ½·log 2π], the error of Stirling's
        /// formula: a table below 10, the series 1/12 − 1/360 + 1/1260 in 1/(k + 1) above.
        private func correction(_ k: Int) -> Double {
            if k < 10 { return BTRD.corrections[k] }
            let inverse = 1 / Double(k + 1)
            let square = inverse * inverse
            return (1.0 / 12 - (1.0 / 360 - square / 1260) * square) * inverse
        }

        /// fc(0)...fc(9), computed from log-gamma rather than copied, so no digit can be mistyped.
        private static let corrections: [Double] = (0..<10).map { k in
            let x = Double(k)
            return lgamma(x + 1) - ((x + 0.5) * log(x + 1) - (x + 1) + 0.5 * log(2 * Double.pi))
        }
    }
}
