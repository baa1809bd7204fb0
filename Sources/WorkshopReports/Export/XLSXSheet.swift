import WorkshopSession

/// One worksheet: a bold header row frozen above the rows, columns fitted to their content, and
/// print settings (landscape A4, one page wide, the header on every page).
struct XLSXSheet {
    /// A colour scale over a range of numbers (the Matrix sheet's persona columns): from a light
    /// blue to yellow, or on a RAG scale from red through amber to green. Every colour is light
    /// enough for black numbers and labels to read on it.
    struct ColourScale {
        var range: String
        var low: Double
        var high: Double
        var colours: [String] = ["FF9DB8D9", "FFFDE725"]

        /// Light tints of the RAG palette's red, amber and green (`ScalePalette.traffic`), each
        /// above 7:1 against black text, where the palette's own red is not.
        static let traffic = ["FFF4B0B0", "FFFFD966", "FFA8D8AA"]
    }

    var name: String
    var header: [String]
    var rows: [[ExportCell]]
    var colourScale: ColourScale? = nil
    /// Lines of text under the table after a blank row (what a mark in the cells means), in column A.
    var legend: [String] = []

    /// The sheet on its own, its medians' formats numbered as if it were the workbook's only sheet.
    var xml: String { xml(XLSXNumberFormats(sheets: [self])) }

    /// The worksheet part. Its elements come in the order the schema (CT_Worksheet) fixes; Excel
    /// calls a file with them in any other order corrupt.
    func xml(_ medians: XLSXNumberFormats) -> String {
        let columns = XLSXColumns(header: header, rows: rows)
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
            + "<dimension ref=\"\(dimension)\"/>"
            + "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
            + columns.xml
            + "<sheetData>"
        xml += headerRow
        for (index, cells) in rows.enumerated() { xml += row(index + 2, cells, columns: columns, medians: medians) }
        for (index, line) in legend.enumerated() {
            let number = rows.count + 3 + index
            xml += "<row r=\"\(number)\">" + XLSXCell.inlineString(line, at: "A\(number)", style: .text) + "</row>"
        }
        // Answers like `4` and ids are text on purpose: Excel is asked not to flag them as numbers stored as text.
        return xml + "</sheetData>" + conditionalFormatting + Self.printSettings
            + "<ignoredErrors><ignoredError sqref=\"\(dimension)\" numberStoredAsText=\"1\"/></ignoredErrors></worksheet>"
    }

    /// The print titles: the header row repeated on every printed page (a defined name in the workbook).
    var printTitles: String {
        "'\(name.replacingOccurrences(of: "'", with: "''"))'!$1:$1"
    }

    /// The used range, `A1:K37`.
    var dimension: String {
        let width = max(header.count, rows.map(\.count).max() ?? 0, 1)
        return "A1:\(XLSXCell.column(width - 1))\(rows.count + 1 + (legend.isEmpty ? 0 : legend.count + 1))"
    }

    private var headerRow: String {
        let cells = header.enumerated().map { index, text in XLSXCell.header(text, at: "\(XLSXCell.column(index))1") }
        return "<row r=\"1\">" + cells.joined() + "</row>"
    }

    private func row(_ number: Int, _ cells: [ExportCell], columns: XLSXColumns, medians: XLSXNumberFormats) -> String {
        let height = columns.height(of: cells).map { " ht=\"\(ExportCell.format($0))\" customHeight=\"1\"" } ?? ""
        var xml = "<row r=\"\(number)\"\(height)>"
        for (index, cell) in cells.enumerated() {
            let wraps = index < columns.columns.count && columns.columns[index].wraps
            if let cell = XLSXCell.xml(cell, at: "\(XLSXCell.column(index))\(number)", wrapped: wraps, medians: medians) { xml += cell }
        }
        return xml + "</row>"
    }

    private var conditionalFormatting: String {
        guard let scale = colourScale else { return "" }
        // Two colours at the scale's ends; a third, when given, at its middle.
        let middle = scale.colours.count > 2 ? ["<cfvo type=\"num\" val=\"\(ExportCell.format((scale.low + scale.high) / 2))\"/>"] : []
        let points = ["<cfvo type=\"num\" val=\"\(ExportCell.format(scale.low))\"/>"] + middle
            + ["<cfvo type=\"num\" val=\"\(ExportCell.format(scale.high))\"/>"]
        return "<conditionalFormatting sqref=\"\(scale.range)\"><cfRule type=\"colorScale\" priority=\"1\"><colorScale>"
            + points.joined() + scale.colours.map { "<color rgb=\"\($0)\"/>" }.joined()
            + "</colorScale></cfRule></conditionalFormatting>"
    }

    /// Gridlines printed, margins in inches (about 13 mm at the sides, 19 mm top and bottom with the
    /// footer in it), landscape A4 (`paperSize` 9) scaled to one page wide and as many pages tall as
    /// it takes (`fitToHeight` 0), and a footer naming the sheet and the page.
    static let printSettings = "<printOptions gridLines=\"1\"/>"
        + "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>"
        + "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        + "<headerFooter><oddFooter>&amp;L&amp;A&amp;RPage &amp;P of &amp;N</oddFooter></headerFooter>"
}
