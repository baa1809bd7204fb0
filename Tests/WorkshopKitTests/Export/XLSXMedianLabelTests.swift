import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit
@testable import WorkshopReports

/// Medians as people read them in the workbook and the matrix CSV: on a RAG scale named by label
/// through the cell's number format while the cell stays a number, a median on one answer marked
/// with a legend under the table, the answers behind each median in the CSV's `n` columns.
struct XLSXMedianLabelTests {
    /// partnership-review (RAG): scoping Green for the academic (two answers), Amber–Green for
    /// professional services (two), Amber on one answer for the PhD candidate.
    static func input() throws -> ExportInput {
        let fixture = try SessionFixture()
        let session = try fixture.start("partnership-review")
        for (persona, group, level) in [("academic", "pair-a", 2), ("academic", "pair-b", 2),
                                        ("professional-services", "pair-a", 1), ("professional-services", "pair-b", 2),
                                        ("phd-candidate", "pair-c", 1)] {
            try session.record(.answer(fixture.cell("scoping", persona, group), .level(level), note: nil), by: "anna")
        }
        return ExportInput(state: session.state)
    }

    private func format(_ parts: XLSXParts, _ reference: String) throws -> (value: String?, format: String) {
        let cell = try #require(try parts.sheet(1).cell(reference))
        return (cell.first("v")?.text, try parts.numberFormat(style: Int(cell.attributes["s"] ?? "") ?? 0))
    }

    @Test func ragMediansAreNumbersShownByTheirLabels() throws {
        let parts = try XLSXParts(XLSXExporter().export(try Self.input()))
        #expect(try format(parts, "C2") == ("3", "\"Green\""))
        #expect(try format(parts, "D2") == ("2.5", "\"Amber\u{2013}Green\""))
        #expect(try format(parts, "E2") == ("2", "\"Amber*\""), "one answer: marked")
    }

    @Test func theLegendSaysWhatTheMarksMean() throws {
        let input = try Self.input()
        let sheet = XLSXExporter().matrix(input)
        #expect(sheet.legend == ["* the median rests on one answer only", "A\u{2013}B: the median lies between two answers"])
        let xml = sheet.xml
        #expect(xml.contains("<row r=\"\(sheet.rows.count + 3)\">"), "after a blank row")
        let welsh = XLSXExporter(language: ReportLanguage("cy")).matrix(input).legend
        #expect(welsh.first?.hasPrefix("* mae'r canolrif") == true)
    }

    @Test func aNumericScaleMarksOneAnswerAndKeepsItsNumbers() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(.answer(fixture.cell("drop-in", "academic"), .level(3), note: nil), by: "anna")
        let row = try #require(ExportInput(state: session.state).matrixRows.first { $0.first == .text("drop-in") })
        #expect(row[2] == .median(4, label: nil, single: true))
        #expect(XLSXNumberFormats.code(label: nil, single: true) == "0.0#\"*\"")
        #expect(XLSXNumberFormats.code(label: nil, single: false) == nil, "the fixed decimal style")
    }

    @Test func theMatrixCSVCountsTheAnswersBehindEachMedian() throws {
        let csv = String(decoding: try DelimitedExporter(shape: .matrix).export(try Self.input()), as: UTF8.self)
        let lines = csv.split(separator: "\r\n").map(String.init)
        #expect(lines.first?.hasSuffix("standing,rank,answers,n Academic,n Professional-services staff,n PhD candidate") == true)
        #expect(lines.dropFirst().first?.hasPrefix("scoping,Scoping the partnership,3,2.5,2,") == true, "medians stay numbers")
        #expect(lines.dropFirst().first?.hasSuffix(",2,2,1") == true)
    }

    @Test func anEmptyActionsSheetIsLeftOutAndAnswersNameWhatTheirIdsMean() throws {
        let input = try Self.input()
        let sheets = XLSXExporter().sheets(input)
        #expect(sheets.map(\.name) == ["Matrix", "Answers", "Notes"])
        let answers = sheets[1]
        #expect(Array(answers.header[2...6]) == ["activity", "title", "persona", "name", "group"])
        #expect(answers.rows.first?[3] == .text("Scoping the partnership"))
        #expect(answers.rows.first?[5] == .text("Academic"))
    }
}
