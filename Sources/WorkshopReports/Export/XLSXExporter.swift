import Foundation
import ZIPFoundation

/// A real Excel workbook (Office Open XML) that opens finished in Excel and LibreOffice: sheet
/// "Matrix" (medians as numbers, a colour scale on the persona columns), "Answers" (the tidy rows,
/// days and times as dates), "Actions", "Notes" (every note, the session's own included) and, when the room wrote any,
/// "Ideas". Sheet names and header rows are in the report's language (the CSV keeps its English
/// keys); the cells hold the data as recorded. Columns
/// are fitted to their content, numbers rounded by their format only, and every sheet prints
/// landscape on A4, one page wide, its header on each page. The zip container is written by ZIPFoundation.
public struct XLSXExporter: Exporter {
    /// The language of the sheet names and header rows.
    public var language: ReportLanguage

    public init(language: ReportLanguage = .english) {
        self.language = language
    }

    public func export(_ input: ExportInput) throws -> Data {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("workshop-\(UUID().uuidString).xlsx")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let archive = try Archive(url: temporary, accessMode: .create)
        for (path, text) in XLSXPackage.parts(sheets(input)) {
            let data = Data(text.utf8)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try Data(contentsOf: temporary)
    }

    /// The sheets, in the order and with the names other tools read them by.
    func sheets(_ input: ExportInput) -> [XLSXSheet] {
        [
            matrix(input),
            sheet("answers", ExportInput.tidyColumns, input.tidyRows),
            sheet("actions", ExportInput.actionColumns, input.actionRows),
            sheet("notes", ExportInput.noteColumns, input.noteRows),
        ] + ideas(input)
    }

    /// "Ideas", only for a session with ideas to show: a workbook without is as it was.
    func ideas(_ input: ExportInput) -> [XLSXSheet] {
        let rows = input.ideaRows
        return rows.isEmpty ? [] : [sheet("ideas", ExportInput.ideaColumns, rows)]
    }

    /// Activities by personas, the medians coloured from the scale's lowest value to its highest (not
    /// on a nominal scale, whose labels have no order).
    func matrix(_ input: ExportInput) -> XLSXSheet {
        let personas = input.summary.personas.count
        // The persona columns are the plan's names; the others are ours.
        let header = input.matrixHeader.enumerated().map { index, name in
            (2..<2 + personas).contains(index) ? name : column(name)
        }
        var sheet = XLSXSheet(name: language.words["report.xlsx.sheet.matrix"], header: header, rows: input.matrixRows)
        if personas > 0, !sheet.rows.isEmpty, input.scale.isOrdered {
            sheet.colourScale = XLSXSheet.ColourScale(
                range: "C2:\(XLSXCell.column(2 + personas - 1))\(sheet.rows.count + 1)",
                low: input.scale.levels.first?.value ?? 0, high: input.scale.levels.last?.value ?? 1)
        }
        return sheet
    }

    private func sheet(_ name: String, _ columns: [String], _ rows: [[ExportCell]]) -> XLSXSheet {
        XLSXSheet(name: language.words["report.xlsx.sheet.\(name)"], header: columns.map(column), rows: rows)
    }

    /// A header cell: the column's key in English (as the CSV has it), its name in other languages.
    private func column(_ key: String) -> String {
        language.words["report.xlsx.column.\(key)"]
    }
}
