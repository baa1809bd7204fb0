import WorkshopModel
import WorkshopSession
import WorkshopSupport

/// A value in an exported table: numbers stay numbers and dates stay dates, so a spreadsheet can
/// format them; delimited text writes each as it always has.
public enum ExportCell: Hashable, Sendable {
    case text(String)
    /// A measured figure (a median, a standing, a scale value).
    case number(Double)
    /// A count, a rank or an action's number.
    case integer(Int)
    /// A median as a reader is shown it: `label` names it on a labelled scale (nil on a numeric
    /// one) and `single` marks one resting on a single answer. The cell stays the number: CSV writes
    /// the number, XLSX gives the cell a number format that shows the label and the mark.
    case median(Double, label: String?, single: Bool)
    /// A calendar day, as days since 1970-01-01.
    case day(Int)
    /// A moment, in milliseconds since 1970 (UTC).
    case time(Int64)
    case empty

    /// A number as a spreadsheet reads it: no trailing ".0", no exponent for ordinary values.
    public static func format(_ number: Double) -> String { NumberText.exact(number) }

    /// A `YYYY-MM-DD` day as a date; anything else (`next-meeting`, nothing) stays text.
    public static func day(orText text: String?) -> ExportCell {
        guard let text else { return .text("") }
        let parts = DueDate.day(text)?.split(separator: "-").compactMap { Int($0) } ?? []
        guard parts.count == 3 else { return .text(text) }
        return .day(Timestamp.daysFromCivil(year: parts[0], month: parts[1], day: parts[2]))
    }

    /// The day as `YYYY-MM-DD`, the way the plan and the journal write it.
    static func dayText(_ days: Int) -> String {
        let (year, month, day) = Timestamp.civil(fromDays: days)
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }

    /// The cell as plain text: what CSV, TSV and a width estimate see.
    var plainText: String {
        switch self {
        case let .text(value): return value
        case let .number(value), let .median(value, _, _): return Self.format(value)
        case let .integer(value): return String(value)
        case let .day(days): return Self.dayText(days)
        case let .time(milliseconds): return Timestamp.format(milliseconds)
        case .empty: return ""
        }
    }
}
