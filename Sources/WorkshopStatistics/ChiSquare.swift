import Foundation

/// The chi-square distribution's upper tail, through the regularized upper incomplete gamma function:
/// P(X ≥ x) = Q(k/2, x/2) for k degrees of freedom. Q is evaluated as Numerical Recipes does it (Press
/// et al. 1992, §6.2, `gammq`): the series for P = 1 − Q when x < a + 1, where it converges fast, and
/// the continued fraction for Q itself beyond, so that a small upper tail keeps its relative precision.
public enum ChiSquare {
    /// P(X ≥ x) for X ~ χ² with `degreesOfFreedom` (≥ 1); 1 for x ≤ 0, NaN for fewer than one degree
    /// of freedom or a NaN x (as R's `pchisq(x, df, lower.tail = FALSE)`).
    public static func upperTail(_ x: Double, degreesOfFreedom: Int) -> Double {
        guard degreesOfFreedom >= 1 else { return .nan }
        return regularizedUpperGamma(a: Double(degreesOfFreedom) / 2, x: x / 2)
    }

    /// Q(a, x) = Γ(a, x) / Γ(a) for a > 0: 1 at x ≤ 0, falling to 0 as x grows; NaN for a ≤ 0 or NaN x.
    public static func regularizedUpperGamma(a: Double, x: Double) -> Double {
        guard a > 0, a.isFinite, !x.isNaN else { return .nan }
        if x <= 0 { return 1 }
        if x == .infinity { return 0 }
        if x < a + 1 { return max(0, 1 - lowerSeries(a, x)) }
        return min(1, upperContinuedFraction(a, x))
    }

    /// Relative size of the last term (or step) at which a sum or fraction is taken as converged.
    private static let epsilon = 1e-15
    /// Enough for a in the hundreds of thousands: both expansions need about √a terms.
    private static let maxIterations = 100_000

    /// e^(−x) xᵃ / Γ(a), the factor both expansions share, in logarithms so large a and x stay finite.
    private static func prefactor(_ a: Double, _ x: Double) -> Double {
        exp(-x + a * log(x) - lgamma(a))
    }

    /// P(a, x) = e^(−x) xᵃ / Γ(a) · Σₙ xⁿ / (a (a + 1) ⋯ (a + n)).
    private static func lowerSeries(_ a: Double, _ x: Double) -> Double {
        var denominator = a
        var term = 1 / a
        var sum = term
        for _ in 0..<maxIterations {
            denominator += 1
            term *= x / denominator
            sum += term
            if abs(term) < abs(sum) * epsilon { break }
        }
        return sum * prefactor(a, x)
    }

    /// Q(a, x) = e^(−x) xᵃ / Γ(a) · 1 / (x + 1 − a − 1·(1 − a) / (x + 3 − a − 2·(2 − a) / (x + 5 − a − ⋯))),
    /// the continued fraction evaluated by the modified Lentz method.
    private static func upperContinuedFraction(_ a: Double, _ x: Double) -> Double {
        let tiny = Double.leastNormalMagnitude / Double.ulpOfOne
        var b = x + 1 - a
        var c = 1 / tiny
        var d = 1 / b
        var fraction = d
        for i in 1...maxIterations {
            let n = Double(i)
            let an = -n * (n - a)
            b += 2
            d = an * d + b
            if abs(d) < tiny { d = tiny }
            c = b + an / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let step = d * c
            fraction *= step
            if abs(step - 1) < epsilon { break }
        }
        return fraction * prefactor(a, x)
    }
}
