import WorkshopSession

/// The cell formats of the workbook, by their index in `styles.xml`. Numbers are rounded by their
/// number format only; the cell keeps the exact value.
enum XLSXStyle: Int, CaseIterable {
    /// No format: what a cell without a style attribute gets.
    case plain
    /// The header row: bold, on a light band, wrapped if a column is narrower than its name.
    case header
    case text
    /// Long text (notes, action text), wrapped in a column of the widest allowed width.
    case wrapped
    /// Medians, standings, scale values: at most two decimals (`0.0?`, see `decimalFormat`).
    case decimal
    /// Counts, ranks, numbers of actions.
    case integer
    case day
    case time

    /// One decimal always, a second only when the value has it, and `?` pads with a space so decimal
    /// points line up: a median of 4 shows `4.0` next to `3.5` (medians come in halves), a standing
    /// `3.17`. `0.##` would show `4.` with a bare point; `0.00` would claim a precision medians lack.
    static let decimalFormat = "0.0?"
    /// ISO dates, as the plan and the journal write them, whatever the reader's locale.
    static let dayFormat = "yyyy-mm-dd"
    static let timeFormat = "yyyy-mm-dd hh:mm:ss"

    /// The `<xf>` of this style in `cellXfs`.
    private var format: String {
        // numFmtId 1 is the built-in `0`; 164 and up are the custom formats below.
        let (number, font, fill, border, alignment): (Int, Int, Int, Int, String) = switch self {
        case .plain: (0, 0, 0, 0, "")
        case .header: (0, 1, 2, 1, "<alignment vertical=\"top\" wrapText=\"1\"/>")
        case .text: (0, 0, 0, 0, "<alignment vertical=\"top\"/>")
        case .wrapped: (0, 0, 0, 0, "<alignment vertical=\"top\" wrapText=\"1\"/>")
        case .decimal: (164, 0, 0, 0, "<alignment vertical=\"top\"/>")
        case .integer: (1, 0, 0, 0, "<alignment vertical=\"top\"/>")
        // Left, as the ISO text they replace sat: right-aligned they run into the next column's text.
        case .day: (165, 0, 0, 0, "<alignment horizontal=\"left\" vertical=\"top\"/>")
        case .time: (166, 0, 0, 0, "<alignment horizontal=\"left\" vertical=\"top\"/>")
        }
        let applied = (number == 0 ? "" : " applyNumberFormat=\"1\"") + (font == 0 ? "" : " applyFont=\"1\"")
            + (fill == 0 ? "" : " applyFill=\"1\"") + (border == 0 ? "" : " applyBorder=\"1\"")
            + (alignment.isEmpty ? "" : " applyAlignment=\"1\"")
        let attributes = "numFmtId=\"\(number)\" fontId=\"\(font)\" fillId=\"\(fill)\" borderId=\"\(border)\" xfId=\"0\"\(applied)"
        return alignment.isEmpty ? "<xf \(attributes)/>" : "<xf \(attributes)>\(alignment)</xf>"
    }

    /// `xl/styles.xml` with no formats beyond the fixed ones.
    static var styleSheet: String { styleSheet(XLSXNumberFormats(sheets: [])) }

    /// `xl/styles.xml`: the custom number formats (the fixed ones and the workbook's medians'), two
    /// fonts, the header band and rule, the formats above and then one per median format.
    static func styleSheet(_ medians: XLSXNumberFormats) -> String {
        let font = "<sz val=\"10\"/><name val=\"Arial\"/><family val=\"2\"/>"
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<numFmts count=\"\(3 + medians.codes.count)\"><numFmt numFmtId=\"164\" formatCode=\"\(decimalFormat)\"/>"
            + "<numFmt numFmtId=\"165\" formatCode=\"\(dayFormat)\"/><numFmt numFmtId=\"166\" formatCode=\"\(timeFormat)\"/>"
            + medians.numFmts + "</numFmts>"
            + "<fonts count=\"2\"><font>\(font)</font><font><b/>\(font)</font></fonts>"
            + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
            + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7EBF0\"/><bgColor indexed=\"64\"/></patternFill></fill></fills>"
            + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
            + "<border><left/><right/><top/><bottom style=\"thin\"><color rgb=\"FF7F8C99\"/></bottom><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(allCases.count + medians.codes.count)\">\(allCases.map(\.format).joined())\(medians.cellFormats)</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
    }
}
