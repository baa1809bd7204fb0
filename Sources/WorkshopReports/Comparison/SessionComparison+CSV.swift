import WorkshopSession

extension SessionComparison {
    /// Columns of the CSV form, one row per compared cell.
    public static let csvColumns = [
        "from", "to", "activity", "title", "persona", "name", "criterion", "from_median", "from_answers",
        "from_unsure", "to_median", "to_answers", "to_unsure", "change", "direction", "called",
    ]

    /// The comparison as CSV (RFC 4180, as the exports write it): one row per cell answered in
    /// either session; empty fields where a side has no median.
    public var csv: String {
        let title = Dictionary(activities.map { ($0.activity, $0.title) }) { first, _ in first }
        let name = Dictionary(personas.map { ($0.persona, $0.name) }) { first, _ in first }
        let rows: [[ExportCell]] = cells.map { cell in
            [.text(from.session), .text(to.session), .text(cell.activity), .text(title[cell.activity] ?? cell.activity),
             .text(cell.persona), .text(name[cell.persona] ?? cell.persona), .text(cell.criterion ?? ""),
             cell.from.median.map(ExportCell.number) ?? .empty, .number(Double(cell.from.answers)), .number(Double(cell.from.unsure)),
             cell.to.median.map(ExportCell.number) ?? .empty, .number(Double(cell.to.answers)), .number(Double(cell.to.unsure)),
             cell.change.map(ExportCell.number) ?? .empty, .text(cell.direction?.rawValue ?? ""), .text(cell.called ? "yes" : "no")]
        }
        return CSVText.table(header: Self.csvColumns, rows: rows)
    }
}

/// Comma-separated text as the exports write it: RFC 4180 quoting, CRLF line ends, text that a
/// spreadsheet would run as a formula neutralised.
enum CSVText {
    static func table(header: [String], rows: [[ExportCell]]) -> String {
        let writer = DelimitedExporter(separator: ",")
        return ([header.map { ExportCell.text($0) }] + rows).map { row in
            row.map(writer.field).joined(separator: ",") + "\r\n"
        }.joined()
    }
}
