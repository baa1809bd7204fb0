import WorkshopSession

/// One cell of a worksheet as SpreadsheetML: text as an inline string (never a formula), numbers,
/// days and times as numbers whose style formats them.
enum XLSXCell {
    /// `<c>` for `cell` at `reference` (`B7`); nil for an empty cell, which is left out.
    /// A median takes its style from `medians`.
    static func xml(_ cell: ExportCell, at reference: String, wrapped: Bool,
                    medians: XLSXNumberFormats = XLSXNumberFormats(sheets: [])) -> String? {
        let value: String
        switch cell {
        case .empty: return nil
        case let .median(number, label, single):
            let style = medians.style(label: label, single: single) ?? XLSXStyle.decimal.rawValue
            return "<c r=\"\(reference)\" s=\"\(style)\"><v>\(ExportCell.format(number))</v></c>"
        case let .text(text): return inlineString(text, at: reference, style: wrapped ? .wrapped : .text)
        case let .number(number): value = ExportCell.format(number)
        case let .integer(number): value = String(number)
        case let .day(days):
            guard let serial = serial(days: days) else { return inlineString(cell.plainText, at: reference, style: .text) }
            value = String(serial)
        case let .time(milliseconds):
            guard let serial = serial(milliseconds: milliseconds) else {
                return inlineString(cell.plainText, at: reference, style: .text)
            }
            value = ExportCell.format(serial)
        }
        return "<c r=\"\(reference)\" s=\"\(style(of: cell).rawValue)\"><v>\(value)</v></c>"
    }

    /// Text as an inline string: a spreadsheet never reads it as a formula.
    static func inlineString(_ text: String, at reference: String, style: XLSXStyle) -> String {
        "<c r=\"\(reference)\" s=\"\(style.rawValue)\" t=\"inlineStr\"><is><t xml:space=\"preserve\">\(escaped(text))</t></is></c>"
    }

    /// A header cell: bold text.
    static func header(_ text: String, at reference: String) -> String {
        inlineString(text, at: reference, style: .header)
    }

    static func style(of cell: ExportCell) -> XLSXStyle {
        switch cell {
        case .text: .text
        case .number, .median: .decimal
        case .integer: .integer
        case .day: .day
        case .time: .time
        case .empty: .plain
        }
    }

    /// Days since 1970 as an Excel serial date (1900 date system): serial 1 is 1900-01-01, and Excel
    /// counts a 29 February 1900 that never was, so from March 1900 on the serial is the number of
    /// days since 1899-12-30 (1970-01-01 is 25569). Nil before 1900, which the system cannot hold.
    static func serial(days: Int) -> Int? {
        if days >= -25_508 { return days + 25_569 }
        return days >= -25_567 ? days + 25_568 : nil
    }

    /// A moment as a serial date with the time of day (UTC) as its fraction.
    static func serial(milliseconds: Int64) -> Double? {
        let days = milliseconds >= 0 ? milliseconds / 86_400_000 : (milliseconds - 86_399_999) / 86_400_000
        guard let serial = serial(days: Int(days)) else { return nil }
        return Double(serial) + Double(milliseconds - days * 86_400_000) / 86_400_000
    }

    /// A, B, ... Z, AA, AB, ...
    static func column(_ index: Int) -> String {
        var index = index + 1, name = ""
        while index > 0 {
            let remainder = (index - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            index = (index - 1) / 26
        }
        return name
    }

    /// Escapes XML text; drops control characters XML 1.0 cannot carry.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            // XML readers turn a raw CR into LF, so CR is written as a character reference.
            case "\r": result += "&#13;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: continue
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
