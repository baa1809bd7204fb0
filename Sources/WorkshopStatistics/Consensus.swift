import Foundation

/// Tastle and Wierman's consensus measure for an ordinal distribution (2007, "Consensus and
/// dissention: A measure of ordinal dispersion", Int. J. Approximate Reasoning 45(3)):
/// Cns = 1 + Σ pᵢ log₂(1 − |Xᵢ − μ| / d), d the width of the scale. 1 when every answer is the
/// same; 0 when answers are split evenly between the two ends of the scale.
public enum Consensus {
    /// `counts[i]` answers at `values[i]`; `width` is the scale's highest minus lowest value.
    public static func tastleWierman(counts: [Int], values: [Double], width: Double) -> Double? {
        let total = counts.reduce(0, +)
        guard total > 0, width > 0, counts.count == values.count else { return nil }
        let mean = zip(counts, values).reduce(0) { $0 + Double($1.0) * $1.1 } / Double(total)
        var sum = 0.0
        for (count, value) in zip(counts, values) where count > 0 {
            sum += Double(count) / Double(total) * log2(1 - abs(value - mean) / width)
        }
        return 1 + sum
    }
}
