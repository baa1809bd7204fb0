import Foundation
import WorkshopSession

/// CSV (RFC 4180) and TSV, UTF-8, optionally with a byte-order mark for older Excel.
///
/// Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return) gets a leading apostrophe, as OWASP recommends against CSV injection: Excel and
/// LibreOffice then show the text as typed. Numbers are written as plain numbers.
public struct DelimitedExporter: Exporter {
    public var separator: Character
    public var shape: ExportShape
    public var byteOrderMark: Bool

    public init(separator: Character = ",", shape: ExportShape = .matrix, byteOrderMark: Bool = false) {
        self.separator = separator
        self.shape = shape
        self.byteOrderMark = byteOrderMark
    }

    public func export(_ input: ExportInput) throws -> Data {
        let (header, rows): ([String], [[ExportCell]])
        switch shape {
        // The counts go last, so the columns before them stay where readers of older files found them.
        case .matrix: (header, rows) = (input.matrixHeader + input.matrixCountHeader,
                                        zip(input.matrixRows, input.matrixCountRows).map { $0 + $1 })
        case .tidy: (header, rows) = (ExportInput.tidyColumns, input.tidyRows)
        case .actions: (header, rows) = (ExportInput.actionColumns, input.actionRows)
        case .ideas: (header, rows) = (ExportInput.ideaColumns, input.ideaRows)
        }
        var text = byteOrderMark ? "\u{FEFF}" : ""
        text += line(header.map { field(.text($0)) })
        for row in rows { text += line(row.map(field)) }
        return Data(text.utf8)
    }

    private func line(_ fields: [String]) -> String {
        fields.joined(separator: String(separator)) + "\r\n"
    }

    func field(_ cell: ExportCell) -> String {
        switch cell {
        case .number, .median, .integer, .day, .time, .empty: return cell.plainText
        case let .text(value):
            let safe = Self.neutralised(value)
            // By scalar, not Character: "\r\n" is one Character that equals neither "\r" nor "\n".
            let separatorScalars = separator.unicodeScalars
            let needsQuotes = safe.unicodeScalars.contains {
                separatorScalars.contains($0) || $0 == "\"" || $0 == "\n" || $0 == "\r"
            }
            return needsQuotes ? "\"" + safe.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : safe
        }
    }

    /// Text with a leading apostrophe when a spreadsheet would take it for a formula.
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else { return text }
        return "'" + text
    }
}
