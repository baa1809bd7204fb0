/// The coincidence matrix of reliability data (Krippendorff 2011, "Computing Krippendorff's
/// Alpha-Reliability"), kept for the bootstrap, which resamples its cells. Built as
/// `KrippendorffAlpha.compute` builds it: unit u adds n_uc·n_uk/(m_u − 1) to o_ck (c ≠ k) and
/// n_uc(n_uc − 1)/(m_u − 1) to o_cc, over the units with at least two values.
package struct Coincidences {
    /// The distinct values, ascending.
    package let categories: [Double]
    /// o_ck, row-major, categories² entries.
    package let matrix: [Double]
    /// n_c, the row sums.
    package let totals: [Double]
    /// n.., the number of pairable values.
    package let pairable: Int
    /// m, the most values a unit can hold: the number of observers.
    package let observers: Int

    package var size: Int { categories.count }

    /// `units[u][r]` is rater r's value for unit u, nil when missing. Nil when no unit has two values.
    package init?(units: [[Double?]]) {
        var slots: [Double: Int] = [:]
        var pairableUnits: [Int] = []
        for (u, unit) in units.enumerated() {
            var count = 0
            for value in unit where value != nil { count += 1 }
            guard count >= 2 else { continue }
            pairableUnits.append(u)
            for case let value? in unit where slots[value] == nil { slots[value] = slots.count }
        }
        guard !pairableUnits.isEmpty else { return nil }
        categories = slots.keys.sorted()
        for (rank, value) in categories.enumerated() { slots[value] = rank }
        let size = categories.count
        var matrix = Array(repeating: 0.0, count: size * size)
        var counts = Array(repeating: 0.0, count: size)
        var pairable = 0
        for u in pairableUnits {
            for c in counts.indices { counts[c] = 0 }
            var m = 0
            for case let value? in units[u] {
                counts[slots[value] ?? 0] += 1
                m += 1
            }
            pairable += m
            let weight = 1 / Double(m - 1)
            for c in 0..<size where counts[c] > 0 {
                for k in 0..<size where counts[k] > 0 {
                    matrix[c * size + k] += (c == k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k]) * weight
                }
            }
        }
        self.matrix = matrix
        totals = (0..<size).map { c in matrix[(c * size)..<((c + 1) * size)].reduce(0, +) }
        self.pairable = pairable
        observers = units.map(\.count).max() ?? 0
    }

    package func coincidence(_ c: Int, _ k: Int) -> Double {
        matrix[c * size + k]
    }

    /// δ²_ck under the metric, as `KrippendorffAlpha` defines it.
    package func distance(_ c: Int, _ k: Int, metric: KrippendorffAlpha.Metric) -> Double {
        KrippendorffAlpha.distance(c, k, categories: categories, totals: totals, metric: metric)
    }

    /// D_e = Σ_{c≠k} n_c·n_k·δ²_ck / (n..(n.. − 1)), the disagreement expected by chance.
    package func expectedDisagreement(metric: KrippendorffAlpha.Metric) -> Double {
        let n = Double(pairable)
        guard n > 1 else { return 0 }
        var sum = 0.0
        for c in 0..<size {
            for k in 0..<size where k != c { sum += totals[c] * totals[k] * distance(c, k, metric: metric) }
        }
        return sum / (n * (n - 1))
    }

    /// D_o = Σ_{c≠k} o_ck·δ²_ck / n.., the disagreement observed.
    package func observedDisagreement(metric: KrippendorffAlpha.Metric) -> Double {
        var sum = 0.0
        for c in 0..<size {
            for k in 0..<size where k != c { sum += coincidence(c, k) * distance(c, k, metric: metric) }
        }
        return sum / Double(pairable)
    }
}
