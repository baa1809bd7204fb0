import Foundation
import Testing

@testable import WorkshopKit

extension StatisticsTests {
    /// The chi-square upper tail and the regularized incomplete gamma function behind it.
    struct ChiSquareTests {
        struct Quantile: Sendable, CustomTestStringConvertible {
            var degreesOfFreedom: Int
            var x: Double
            var upperTail: Double
            var testDescription: String { "χ²(\(degreesOfFreedom)) ≥ \(x)" }
        }

        /// NIST/SEMATECH e-Handbook of Statistical Methods, §1.3.6.7.4, "Critical values of the chi-square
        /// distribution": upper critical values (tail 0.05, 0.01, 0.001) and lower ones (tail 0.90, 0.95,
        /// 0.99), printed to three decimals. The rounding of x moves the tail by at most density × 0.0005,
        /// under 4e-5 for every row here, hence the tolerance of 5e-5. The lower rows run the series,
        /// the upper ones the continued fraction.
        static let nist: [Quantile] = [
            Quantile(degreesOfFreedom: 1, x: 3.841, upperTail: 0.05),
            Quantile(degreesOfFreedom: 1, x: 6.635, upperTail: 0.01),
            Quantile(degreesOfFreedom: 1, x: 10.828, upperTail: 0.001),
            Quantile(degreesOfFreedom: 2, x: 5.991, upperTail: 0.05),
            Quantile(degreesOfFreedom: 5, x: 11.070, upperTail: 0.05),
            Quantile(degreesOfFreedom: 10, x: 18.307, upperTail: 0.05),
            Quantile(degreesOfFreedom: 10, x: 23.209, upperTail: 0.01),
            Quantile(degreesOfFreedom: 19, x: 30.144, upperTail: 0.05),
            Quantile(degreesOfFreedom: 30, x: 50.892, upperTail: 0.01),
            Quantile(degreesOfFreedom: 100, x: 124.342, upperTail: 0.05),
            Quantile(degreesOfFreedom: 5, x: 1.610, upperTail: 0.90),
            Quantile(degreesOfFreedom: 10, x: 4.865, upperTail: 0.90),
            Quantile(degreesOfFreedom: 10, x: 3.940, upperTail: 0.95),
            Quantile(degreesOfFreedom: 10, x: 2.558, upperTail: 0.99),
            Quantile(degreesOfFreedom: 30, x: 20.599, upperTail: 0.90),
            Quantile(degreesOfFreedom: 30, x: 14.953, upperTail: 0.99),
            Quantile(degreesOfFreedom: 100, x: 82.358, upperTail: 0.90),
            Quantile(degreesOfFreedom: 100, x: 70.065, upperTail: 0.99),
        ]

        @Test(arguments: nist)
        func matchesNISTCriticalValues(_ row: Quantile) {
            let tail = ChiSquare.upperTail(row.x, degreesOfFreedom: row.degreesOfFreedom)
            #expect(abs(tail - row.upperTail) < 5e-5, "\(tail)")
        }

        /// With two degrees of freedom the tail is e^(−x/2) exactly.
        @Test(arguments: [0.01, 0.5, 1.9, 2.1, 7.5, 40, 300])
        func twoDegreesOfFreedomIsAnExponential(_ x: Double) {
            let tail = ChiSquare.upperTail(x, degreesOfFreedom: 2)
            #expect(abs(tail - exp(-x / 2)) <= 1e-13 * exp(-x / 2), "\(tail)")
        }

        /// For whole a, Q(a, x) = e^(−x) Σ_{i<a} xⁱ / i! (the Poisson sum), here for a = 20 on both sides of
        /// the switch at x = a + 1 and far into the tail, to a relative 1e-12.
        @Test(arguments: [5.0, 19.5, 21.5, 30, 60, 120])
        func wholeShapeMatchesThePoissonSum(_ x: Double) {
            var term = exp(-x)
            var sum = term
            for i in 1..<20 {
                term *= x / Double(i)
                sum += term
            }
            let q = ChiSquare.regularizedUpperGamma(a: 20, x: x)
            #expect(abs(q - sum) <= 1e-12 * sum, "\(q) vs \(sum)")
        }

        /// Q(1/2, x) = erfc(√x): one degree of freedom, a half-integer shape.
        @Test(arguments: [0.001, 0.3, 1.4, 1.6, 9, 50])
        func halfShapeIsTheComplementaryErrorFunction(_ x: Double) {
            let q = ChiSquare.regularizedUpperGamma(a: 0.5, x: x)
            #expect(abs(q - erfc(x.squareRoot())) <= 1e-13 * erfc(x.squareRoot()), "\(q)")
        }

        @Test func edgeCases() {
            #expect(ChiSquare.upperTail(0, degreesOfFreedom: 3) == 1)
            #expect(ChiSquare.upperTail(-2, degreesOfFreedom: 3) == 1)
            #expect(ChiSquare.upperTail(.infinity, degreesOfFreedom: 3) == 0)
            #expect(ChiSquare.upperTail(4, degreesOfFreedom: 0).isNaN)
            #expect(ChiSquare.upperTail(.nan, degreesOfFreedom: 3).isNaN)
            #expect(ChiSquare.regularizedUpperGamma(a: -1, x: 2).isNaN)
        }
    }
}
