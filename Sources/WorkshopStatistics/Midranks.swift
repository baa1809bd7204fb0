/// Ranks with ties sharing the mean of the ranks they span (midranks, R's `rank` default), and the
/// tie term Σ(t³ − t) over the groups of t equal values that Kendall's W subtracts for ties.
package enum Midranks {
    /// `ranks[i]` is the rank (1...n) of `values[i]`; equal values share their mean rank.
    package static func of(_ values: [Double]) -> (ranks: [Double], tieTerm: Double) {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Double](repeating: 0, count: values.count)
        var tieTerm = 0.0
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            // Positions start...end hold ranks start + 1 ... end + 1.
            let shared = Double(start + end + 2) / 2
            for position in start...end { ranks[order[position]] = shared }
            let t = Double(end - start + 1)
            tieTerm += t * t * t - t
            start = end + 1
        }
        return (ranks, tieTerm)
    }
}
