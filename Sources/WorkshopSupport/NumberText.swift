/// Numbers written as text, in one place: the journal, the log, summaries and exports all need them,
/// and none of those folders should reach into another for it.
public enum NumberText {
    /// A figure as people read it: at most two decimals, no trailing zeros (`2`, `3.5`, `0.67`).
    public static func rounded(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        // Past 1e15 a whole Double may not fit an Int (a journal's `weight 1e300` crashed `log`).
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }

    /// A p-value as shown: three decimals, or "< 0.001".
    package static func probability(_ value: Double) -> String {
        value < 0.001 ? "< 0.001" : String((value * 1000).rounded() / 1000)
    }

    /// A number in full, as a spreadsheet or the journal reads it back: no trailing ".0", no exponent
    /// for ordinary values.
    package static func exact(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }
}
