import WorkshopSession

extension SeriesTrend {
    /// Columns of the CSV form: tidy, one row per cell and meeting with a median.
    public static let csvColumns = [
        "series", "meeting", "session", "date", "activity", "title", "persona", "name", "criterion", "median", "answers",
    ]

    /// The trend as tidy CSV (RFC 4180, as the exports write it), ready for a pivot table or R.
    public var csv: String {
        let byNumber = Dictionary(meetings.map { ($0.number, $0) }) { first, _ in first }
        let rows: [[ExportCell]] = rows.flatMap { row in
            row.points.map { point in
                let meeting = byNumber[point.meeting]
                return [.text(series), .number(Double(point.meeting)), .text(meeting?.session ?? ""), .text(meeting?.date ?? ""),
                        .text(row.activity), .text(row.title), .text(row.persona), .text(row.name), .text(row.criterion ?? ""),
                        .number(point.median), .number(Double(point.answers))]
            }
        }
        return CSVText.table(header: Self.csvColumns, rows: rows)
    }
}
