/// Quantiles by R's default definition, type 7 (Hyndman & Fan 1996): linear interpolation between
/// order statistics, h = (n - 1)p. Also numpy's default ("linear").
public enum Quantile {
    /// The `p` quantile (0...1) of values already sorted ascending; nil when there are none.
    public static func type7(sorted values: [Double], _ p: Double) -> Double? {
        guard let first = values.first else { return nil }
        guard values.count > 1 else { return first }
        let h = Double(values.count - 1) * p
        let low = Int(h.rounded(.down))
        let high = min(low + 1, values.count - 1)
        return values[low] + (h - Double(low)) * (values[high] - values[low])
    }
}
