import Foundation
import WorkshopModel
import ZIPFoundation

/// A real Excel workbook (Office Open XML) that opens finished in Excel and LibreOffice: sheet
/// "Matrix" (medians as numbers, named on a labelled scale and marked on one answer by their number
/// format, a legend under them; a colour scale on the persona columns), "Answers" (the tidy rows,
/// titles beside ids, days and times as dates), "Actions" (when there are any), "Notes" (every note,
/// the session's own included) and, when the room wrote any, "Ideas". Sheet names and header rows are in the report's language (the CSV keeps its English
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
        let actions = input.actionRows
        // An Actions sheet with a header and nothing under it says nothing: left out, as Ideas is.
        return [matrix(input), answers(input)]
            + (actions.isEmpty ? [] : [sheet("actions", ExportInput.actionColumns, actions)])
            + [sheet("notes", ExportInput.noteColumns, input.noteRows)] + ideas(input)
    }

    /// "Answers": the tidy rows with the activity's title and the persona's name beside their ids,
    /// for a reader who does not know the plan's ids.
    func answers(_ input: ExportInput) -> XLSXSheet {
        let titles = Dictionary(input.summary.activities.map { ($0.activity, $0.title) }) { first, _ in first }
        let names = Dictionary(input.summary.personas.map { ($0.persona, $0.name) }) { first, _ in first }
        let activity = ExportInput.tidyColumns.firstIndex(of: "activity") ?? 2
        let persona = ExportInput.tidyColumns.firstIndex(of: "persona") ?? 3
        let header = ExportInput.tidyColumns.map(column)
        let rows = input.tidyRows.map { row -> [ExportCell] in
            func id(_ index: Int) -> String {
                if index < row.count, case let .text(text) = row[index] { return text }
                return ""
            }
            let title = ExportCell.text(titles[id(activity)] ?? id(activity)), name = ExportCell.text(names[id(persona)] ?? id(persona))
            return Array(row[...activity]) + [title] + Array(row[(activity + 1)...persona]) + [name] + Array(row[(persona + 1)...])
        }
        let named = Array(header[...activity]) + [column("title")] + Array(header[(activity + 1)...persona])
            + [language.words["report.labels.name"]] + Array(header[(persona + 1)...])
        return XLSXSheet(name: language.words["report.xlsx.sheet.answers"], header: named, rows: rows)
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
            if ScalePalette.of(input.scale) == .traffic { sheet.colourScale?.colours = XLSXSheet.ColourScale.traffic }
        }
        sheet.legend = legend(sheet.rows)
        return sheet
    }

    /// What the marks in the medians mean, a line for each mark that is there.
    func legend(_ rows: [[ExportCell]]) -> [String] {
        var single = false, between = false
        for row in rows {
            for case let .median(_, label, one) in row {
                single = single || one
                between = between || (label?.contains("\u{2013}") ?? false)
            }
        }
        return (single ? [language.words["report.labels.single_answer", ["mark": XLSXNumberFormats.singleMark]]] : [])
            + (between ? [language.words["report.labels.between"]] : [])
    }

    private func sheet(_ name: String, _ columns: [String], _ rows: [[ExportCell]]) -> XLSXSheet {
        XLSXSheet(name: language.words["report.xlsx.sheet.\(name)"], header: columns.map(column), rows: rows)
    }

    /// A header cell: the column's key in English (as the CSV has it), its name in other languages.
    private func column(_ key: String) -> String {
        language.words["report.xlsx.column.\(key)"]
    }
}
