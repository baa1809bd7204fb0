/// The workbook's number formats beyond `XLSXStyle`'s fixed ones: one per way a median is shown
/// (a label, a mark for one answer), so the cell keeps its number and a spreadsheet still sorts,
/// sums and colours it. Each gets a custom `numFmt` and a cell format (`xf`) after the fixed ones.
struct XLSXNumberFormats {
    /// The format codes, in order of first use.
    private(set) var codes: [String] = []

    /// The mark shown after a median resting on one answer, as the terminal's matrix marks it.
    static let singleMark = "*"

    init(sheets: [XLSXSheet]) {
        for sheet in sheets {
            for row in sheet.rows {
                for case let .median(_, label, single) in row {
                    if let code = Self.code(label: label, single: single), !codes.contains(code) { codes.append(code) }
                }
            }
        }
    }

    /// The format that shows a median: the label as literal text (`"Amber–Green"`), or the number as
    /// `decimalFormat` shows it; with `"*"` after it when it rests on one answer. Nil for a plain
    /// number, which keeps the fixed decimal style.
    static func code(label: String?, single: Bool) -> String? {
        let mark = single ? singleMark : ""
        // A format's literal text is quoted; a quote or backslash in a plan's label would end it early.
        if let label { return "\"" + label.filter { $0 != "\"" && $0 != "\\" } + mark + "\"" }
        return single ? "0.0#\"\(mark)\"" : nil
    }

    /// The cell format index (`s`) for a median, or nil when it takes the fixed decimal style.
    func style(label: String?, single: Bool) -> Int? {
        guard let code = Self.code(label: label, single: single), let index = codes.firstIndex(of: code) else { return nil }
        return XLSXStyle.allCases.count + index
    }

    /// `<numFmt>` elements, ids from 167 (164 to 166 are `XLSXStyle`'s).
    var numFmts: String {
        codes.enumerated().map { index, code in
            "<numFmt numFmtId=\"\(167 + index)\" formatCode=\"\(XLSXCell.escaped(code))\"/>"
        }.joined()
    }

    /// `<xf>` elements: the decimal style's alignment with each custom format.
    var cellFormats: String {
        codes.indices.map { index in
            "<xf numFmtId=\"\(167 + index)\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
                + "applyAlignment=\"1\"><alignment vertical=\"top\"/></xf>"
        }.joined()
    }
}
