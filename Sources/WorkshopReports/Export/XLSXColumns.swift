import Foundation
import WorkshopSession

/// Column widths fitted to a sheet's content: the widest cell of each column, its header included,
/// as it will show (numbers rounded by their format, dates as dates, text in the font's widths), with
/// a little padding, kept between `minimum` and `maximum` digits. A text column that would be wider
/// is wrapped instead.
struct XLSXColumns {
    struct Column: Equatable {
        /// In widths of the default font's digit, as `<col width>` counts them.
        var width: Int
        /// Its text cells wrap: some text is longer than `maximum` or has line breaks.
        var wraps: Bool
    }

    static let minimum = 6
    static let maximum = 50
    static let padding = 2

    let columns: [Column]

    init(header: [String], rows: [[ExportCell]]) {
        var widest = header.map(Self.headerWidth)
        var broken = [Bool](repeating: false, count: header.count)
        for row in rows {
            for (index, cell) in row.enumerated() where index < widest.count {
                widest[index] = max(widest[index], Self.width(of: cell))
                if case let .text(text) = cell, text.contains(where: \.isNewline) { broken[index] = true }
            }
        }
        columns = zip(widest, broken).map { width, broken in
            let padded = Int(width.rounded(.up)) + Self.padding
            return Column(width: min(max(padded, Self.minimum), Self.maximum), wraps: broken || padded > Self.maximum)
        }
    }

    /// `<cols>` with one `<col>` per column.
    var xml: String {
        let entries = columns.enumerated().map { index, column in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(column.width)\" customWidth=\"1\"/>"
        }
        return columns.isEmpty ? "" : "<cols>" + entries.joined() + "</cols>"
    }

    /// A header is bold: a tenth wider than the same text in the body.
    static func headerWidth(_ text: String) -> Double {
        XLSXTextWidth.digits(text) * 1.1
    }

    /// How many digits wide a cell shows: numbers as their format rounds them, dates as their format
    /// writes them.
    static func width(of cell: ExportCell) -> Double {
        switch cell {
        case let .text(text): return XLSXTextWidth.digits(text)
        // Two decimals at most, so the digits before the point, the point (half a digit) and two.
        case let .number(value):
            guard value.isFinite else { return 3 }
            return Double(String(Int(abs(value).rounded(.down))).count) + 2.5 + (value < 0 ? 0.6 : 0)
        case let .median(value, label, single):
            let mark = single ? 1.0 : 0
            guard let label else { return width(of: .number(value)) + mark }
            return XLSXTextWidth.digits(label) + mark
        case let .integer(value): return Double(String(value).count)
        case .day: return XLSXTextWidth.digits("2015-11-19")
        case .time: return XLSXTextWidth.digits("2015-11-19 12:32:40")
        case .empty: return 0
        }
    }
}
