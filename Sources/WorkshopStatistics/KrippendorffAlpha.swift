/// Krippendorff's alpha for any number of raters, with missing values, computed through the
/// coincidence matrix (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
public enum KrippendorffAlpha {
    public enum Metric: String, Sendable, Codable {
        case nominal, ordinal, interval
    }

    public enum Outcome: Hashable, Sendable {
        case alpha(Double, pairable: Int)
        /// Fewer than two values in any unit: nothing can be compared.
        case notEnoughData
        /// Every pairable value is the same, so expected disagreement is zero and alpha is undefined.
        case noVariation(pairable: Int)

        public var value: Double? {
            if case let .alpha(value, _) = self { return value }
            return nil
        }
    }

    /// `units[u][r]` is rater r's value for unit u, nil when missing.
    public static func compute(units: [[Double?]], metric: Metric) -> Outcome {
        var categories: [Double] = []
        var pairableUnits: [[Double]] = []
        for unit in units {
            let values = unit.compactMap { $0 }
            guard values.count >= 2 else { continue }
            pairableUnits.append(values)
            categories += values
        }
        guard !pairableUnits.isEmpty else { return .notEnoughData }
        categories = Array(Set(categories)).sorted()
        let index = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0) })
        let size = categories.count
        // Each unit adds n_uc·n_uk/(m_u − 1) to o_ck (c ≠ k) and n_uc(n_uc − 1)/(m_u − 1) to o_cc:
        // the same as pairing every two values, in categories² rather than values² steps.
        var coincidences = Array(repeating: Array(repeating: 0.0, count: size), count: size)
        var counts = Array(repeating: 0.0, count: size)
        for values in pairableUnits {
            for c in counts.indices { counts[c] = 0 }
            for value in values { counts[index[value] ?? 0] += 1 }
            let weight = 1 / Double(values.count - 1)
            for c in 0..<size where counts[c] > 0 {
                for k in 0..<size where counts[k] > 0 {
                    coincidences[c][k] += (c == k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k]) * weight
                }
            }
        }
        let totals = coincidences.map { $0.reduce(0, +) }
        let n = totals.reduce(0, +)
        let pairable = Int(n.rounded())
        guard size > 1 else { return .noVariation(pairable: pairable) }
        var observed = 0.0, expected = 0.0
        for c in 0..<size {
            for k in 0..<size where c != k {
                let delta = distance(c, k, categories: categories, totals: totals, metric: metric)
                observed += coincidences[c][k] * delta
                expected += totals[c] * totals[k] * delta
            }
        }
        guard expected > 0 else { return .noVariation(pairable: pairable) }
        return .alpha(1 - (n - 1) * observed / expected, pairable: pairable)
    }

    /// The squared difference δ² between two categories under the metric.
    package static func distance(_ c: Int, _ k: Int, categories: [Double], totals: [Double], metric: Metric) -> Double {
        switch metric {
        case .nominal:
            return c == k ? 0 : 1
        case .interval:
            let difference = categories[c] - categories[k]
            return difference * difference
        case .ordinal:
            let (low, high) = (min(c, k), max(c, k))
            let between = totals[low...high].reduce(0, +) - (totals[low] + totals[high]) / 2
            return between * between
        }
    }
}
