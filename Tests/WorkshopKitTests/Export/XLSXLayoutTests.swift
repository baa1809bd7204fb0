import Foundation
import Testing
@testable import WorkshopKit
@testable import WorkshopMerge
@testable import WorkshopReports

/// Widths, wrapping and print settings of the exported sheets.
struct XLSXLayoutTests {
    /// CT_Worksheet's children in the order the schema fixes (ECMA-376 Part 1, sml.xsd).
    static let schemaOrder = [
        "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection",
        "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells",
        "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins",
        "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors",
        "smartTags", "drawing", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
    ]

    @Test(arguments: 1...4)
    func everySheetPrintsLandscapeOnePageWideInSchemaOrder(_ number: Int) throws {
        let sheet = try XLSXWorkbookTests.workbook().sheet(number)
        let names = sheet.children.map(\.name)
        let positions = try names.map { name in try #require(Self.schemaOrder.firstIndex(of: name), "\(name)") }
        #expect(positions == positions.sorted(), "\(names)")
        #expect(names.contains("cols") && names.contains("printOptions") && names.contains("pageMargins"))
        #expect(sheet.first("sheetPr")?.first("pageSetUpPr")?.attributes["fitToPage"] == "1")
        let setup = try #require(sheet.first("pageSetup")?.attributes)
        #expect(setup["orientation"] == "landscape" && setup["paperSize"] == "9")
        #expect(setup["fitToWidth"] == "1" && setup["fitToHeight"] == "0")
        #expect(sheet.first("pane")?.attributes["state"] == "frozen", "the header row stays in view")
    }

    @Test func theHeaderRowIsEachSheetsPrintTitle() throws {
        let workbook = try XLSXWorkbookTests.workbook().tree("xl/workbook.xml")
        let sheets = workbook.all("sheet").map { $0.attributes["name"] ?? "" }
        #expect(sheets == ["Matrix", "Answers", "Actions", "Notes"])
        let titles = workbook.all("definedName").filter { $0.attributes["name"] == "_xlnm.Print_Titles" }
        #expect(titles.map { $0.attributes["localSheetId"] } == ["0", "1", "2", "3"])
        #expect(titles.map(\.text) == sheets.map { "'\($0)'!$1:$1" })
    }

    @Test func columnsAreFittedToTheirContentAndLongTextWraps() throws {
        let parts = try XLSXWorkbookTests.workbook()
        let answers = try parts.sheet(2)
        let widths = answers.all("col").map { Int($0.attributes["width"] ?? "") ?? 0 }
        #expect(widths.count == ExportInput.tidyColumns.count + 2, "the tidy columns, a title and a name beside the ids")
        #expect(widths.allSatisfy { (XLSXColumns.minimum...XLSXColumns.maximum).contains($0) }, "\(widths)")
        #expect(answers.all("col").allSatisfy { $0.attributes["customWidth"] == "1" })
        #expect(widths[1] == 12, "date: ten characters of a date, a little padding")
        #expect(widths[11] == XLSXColumns.maximum, "the long note is wrapped, not 150 wide")
        let note = try #require(answers.cell("L2"))
        #expect(note.attributes["s"] == String(XLSXStyle.wrapped.rawValue))
        let row = try #require(answers.all("row").dropFirst().first)
        let lines = XLSXColumns.lineCount(XLSXWorkbookTests.longNote, width: XLSXColumns.maximum)
        #expect(lines == 3 && row.attributes["ht"] == ExportCell.format(Double(lines) * 12.75) && row.attributes["customHeight"] == "1")
        #expect(answers.cell("A2")?.attributes["s"] == String(XLSXStyle.text.rawValue), "short text does not wrap")
    }

    @Test(arguments: [
        ("short", 20, 1), ("two\nlines", 20, 2), ("windows\r\nline end", 20, 2),
        ("word word word word word word", 10, 3), (String(repeating: "0", count: 25), 11, 3), ("", 10, 1),
    ])
    func textWrapsAtSpacesIntoLines(_ text: String, _ width: Int, _ lines: Int) {
        #expect(XLSXColumns.lineCount(text, width: width) == lines)
    }

    @Test(arguments: [
        (ExportCell.text("title"), 2.8), (.text("中文"), 4), (.text("🎉"), 2), (.number(3.1666), 3.5), (.integer(12), 2),
        (.text("a\nlonger line"), 8.3),
    ])
    func cellsAreMeasuredAsTheyShow(_ cell: ExportCell, _ digits: Double) {
        #expect(abs(XLSXColumns.width(of: cell) - digits) < 0.1, "\(XLSXColumns.width(of: cell))")
    }
}
