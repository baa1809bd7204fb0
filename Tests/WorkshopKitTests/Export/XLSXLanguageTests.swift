import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit
@testable import WorkshopReports

/// The workbook in Welsh, read back from its parts: sheet names and header rows translated, the
/// plan's names (persona columns) and the cells as recorded; English as it always was.
struct XLSXLanguageTests {
    static func workbook(_ language: ReportLanguage) throws -> XLSXParts {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(.answer(fixture.cell("drop-in", "academic"), .level(3), note: "gweithio"), by: "anna", at: 1_447_929_000_000)
        try session.record(.note(NoteTarget(), text: "Room ran late"), by: "anna", at: 1_447_929_060_000)
        try session.record(.action(ActionDraft(text: "Book the room", owner: "Ewan")), by: "anna", at: 1_447_929_120_000)
        return try XLSXParts(XLSXExporter(language: language).export(ExportInput(state: session.state)))
    }

    static func sheetNames(_ parts: XLSXParts) throws -> [String] {
        try parts.tree("xl/workbook.xml").all("sheet").compactMap { $0.attributes["name"] }
    }

    static func header(_ parts: XLSXParts, sheet: Int) throws -> [String] {
        let first = try parts.sheet(sheet).all("row").first
        return first?.all("c").map { $0.first("t")?.text ?? "" } ?? []
    }

    @Test func welshNamesTheSheetsAndHeadersAndKeepsTheData() throws {
        let parts = try Self.workbook(ReportLanguage("cy"))
        #expect(try Self.sheetNames(parts) == ["Matrics", "Atebion", "Camau gweithredu", "Nodiadau"])
        #expect(try Self.header(parts, sheet: 2) == ["sesiwn", "dyddiad", "gweithgaredd", "teitl", "rôl", "enw", "grŵp", "maen prawf", "ateb",
                                                     "enw’r lefel", "gwerth", "nodyn", "amser"])
        let matrix = try Self.header(parts, sheet: 1)
        #expect(matrix.prefix(2) == ["gweithgaredd", "teitl"])
        #expect(matrix.suffix(3) == ["sgôr gyffredinol", "safle", "atebion"])
        let english = try Self.header(Self.workbook(.english), sheet: 1)
        #expect(matrix.dropFirst(2).dropLast(3) == english.dropFirst(2).dropLast(3), "persona names are the plan's text")
        let answer = try parts.sheet(2).all("row")[1].all("c").map { $0.first("t")?.text ?? "" }
        #expect(answer.contains("gweithio"), "cells hold the answers as recorded")
        // The print titles follow the sheet's own name.
        let titles = try parts.tree("xl/workbook.xml").all("definedName").map(\.text)
        #expect(titles.first == "'Matrics'!$1:$1")
    }

    @Test func englishIsAsItWas() throws {
        let parts = try Self.workbook(.english)
        #expect(try Self.sheetNames(parts) == ["Matrix", "Answers", "Actions", "Notes"])
        // The tidy columns with the activity's title and the persona's name beside their ids.
        #expect(try Self.header(parts, sheet: 2) == ["session", "date", "activity", "title", "persona", "name", "group",
                                                     "criterion", "answer", "label", "value", "note", "time"])
        #expect(try Self.header(parts, sheet: 3) == ExportInput.actionColumns)
        #expect(try Self.header(parts, sheet: 4) == ExportInput.noteColumns)
    }

    /// Every sheet name in every language is one Excel accepts: at most 31 characters, none of `[]:*?/\`.
    @Test(arguments: Language.shipped) func sheetNamesAreValidInExcel(language: String) {
        let words = Messages(language)
        for sheet in ["matrix", "answers", "actions", "notes", "ideas"] {
            let name = words["report.xlsx.sheet.\(sheet)"]
            #expect(name.count <= 31 && !name.contains { "[]:*?/\\".contains($0) } && !name.isEmpty, "\(language): \(name)")
        }
    }
}
