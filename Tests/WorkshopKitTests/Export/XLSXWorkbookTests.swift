import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit
@testable import WorkshopMerge
@testable import WorkshopReports

/// The workbook as its parts say it: read back from the zip and parsed, not searched as text.
struct XLSXWorkbookTests {
    static let answeredAt = Timestamp.parse("2015-11-19T10:30:00.000Z") ?? 0
    static let longNote = String(repeating: "the drop-in works when the School advertises it ", count: 3)

    /// A started session with an answer kept with a long note, a note on the whole session and one on
    /// a prompt, and an action (so the workbook has its Actions sheet), exported as a workbook.
    static func workbook() throws -> XLSXParts {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(.answer(fixture.cell("drop-in", "academic"), .level(3), note: longNote), by: "anna", at: answeredAt)
        try session.record(.note(NoteTarget(), text: "Room ran ten minutes late"), by: "anna", at: answeredAt + 60_000)
        try session.record(.note(NoteTarget(prompt: "try-first"), text: "cafés first"), by: "ben", at: answeredAt + 120_000)
        try session.record(.action(ActionDraft(text: "Book the room", owner: "Ewan")), by: "anna", at: answeredAt + 180_000)
        return try XLSXParts(XLSXExporter().export(ExportInput(state: session.state)))
    }

    @Test(arguments: [
        ("1900-01-01", 1), ("1900-02-28", 59), ("1900-03-01", 61), ("1970-01-01", 25_569), ("2015-11-19", 42_327),
    ])
    func daysBecomeExcelSerials(_ day: String, _ serial: Int) throws {
        guard case let .day(days) = ExportCell.day(orText: day) else { throw XMLTree.Failure.unreadable(day) }
        #expect(XLSXCell.serial(days: days) == serial)
    }

    @Test func textThatIsNoDayStaysText() {
        #expect(ExportCell.day(orText: "next-meeting") == .text("next-meeting"))
        #expect(ExportCell.day(orText: "2015-02-30") == .text("2015-02-30"))
        #expect(ExportCell.day(orText: nil) == .text(""))
        #expect(ExportCell.day(orText: "2015-11-19").plainText == "2015-11-19", "CSV writes the day as before")
        #expect(XLSXCell.serial(days: -25_568) == nil, "1899-12-31 has no serial")
    }

    @Test func theTidySheetHoldsDatesAndTimesAsDates() throws {
        let parts = try Self.workbook()
        let answers = try parts.sheet(2)
        // The activity's title and the persona's name sit beside their ids: time is M, value K.
        let date = try #require(answers.cell("B2")), time = try #require(answers.cell("M2"))
        #expect(date.attributes["t"] == nil && date.first("v")?.text == "42327")
        #expect(try parts.numberFormat(style: Int(date.attributes["s"] ?? "") ?? 0) == "yyyy-mm-dd")
        #expect(time.first("v")?.text == "42327.4375", "10:30 is 0.4375 of a day")
        #expect(try parts.numberFormat(style: Int(time.attributes["s"] ?? "") ?? 0) == "yyyy-mm-dd hh:mm:ss")
        let value = try #require(answers.cell("K2"))
        #expect(value.first("v")?.text == "4", "level 3 of 1-5 counts from 0: the value 4")
        #expect(try parts.numberFormat(style: Int(value.attributes["s"] ?? "") ?? 0) == XLSXStyle.decimalFormat)
    }

    @Test func numbersKeepTheirValueAndAreRoundedByTheirFormat() throws {
        let state = try Session.open("demo-2015", root: ProjectRoot(path: Paths.example.path), writable: false).state
        let parts = try XLSXParts(XLSXExporter().export(ExportInput(state: state)))
        let matrix = try parts.sheet(1)
        let standing = try #require(matrix.cell("H2")), rank = try #require(matrix.cell("I2"))
        #expect(standing.first("v")?.text == "3.1666666666666665", "the exact value, not 3.17")
        #expect(try parts.numberFormat(style: Int(standing.attributes["s"] ?? "") ?? 0) == "0.0?")
        #expect(try parts.numberFormat(style: Int(rank.attributes["s"] ?? "") ?? 0) == "0")
        #expect(try parts.numberFormat(style: Int(matrix.cell("C2")?.attributes["s"] ?? "") ?? 0) == "0.0?")
    }

    @Test func theNotesSheetHoldsEveryNoteTheSessionsOwnIncluded() throws {
        let notes = try Self.workbook().sheet(4)
        let rows = notes.all("row").map { row in row.all("c").map { ($0.attributes["r"] ?? "", $0.first("t")?.text ?? "") } }
        #expect(rows.first?.map(\.1) == ExportInput.noteColumns)
        let texts = rows.dropFirst().map { Dictionary($0.map { (String($0.0.prefix { $0.isLetter }), $0.1) }, uniquingKeysWith: { a, _ in a }) }
        #expect(texts.count == 3)
        let session = try #require(texts.first { $0["G"] == "Room ran ten minutes late" })
        #expect(session["A"] == nil && session["E"] == nil && session["H"] == "anna", "no place: the whole session")
        let prompt = try #require(texts.first { $0["G"] == "cafés first" })
        #expect(prompt["E"] == "try-first" && prompt["F"] == "Which of these would you try first, and why?")
        #expect(texts.contains { $0["G"] == Self.longNote && $0["A"] == "drop-in" && $0["C"] == "table-1" })
    }
}
