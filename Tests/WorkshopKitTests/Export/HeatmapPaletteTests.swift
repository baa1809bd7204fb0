import Foundation
import Testing
@testable import WorkshopKit
@testable import WorkshopReports

/// The report's heatmap in the room's colours: each answered cell marked with the scale's palette
/// and tone (`data-palette`/`data-tone`, whose rules the stylesheet carries), a RAG cell lettered.
struct HeatmapPaletteTests {
    func report(_ plan: String, _ answers: [(String, String, String, Answer)], adding group: String? = nil,
                markdown: Bool = false) throws -> String {
        let fixture = try SessionFixture()
        let session = try fixture.start(plan)
        if let group { try session.record(.addGroup(group), by: "anna") }
        try session.record(all: answers.map { .answer(fixture.cell($0.0, $0.1, $0.2), $0.3, note: nil) }, by: "anna")
        let exporter: any Exporter = markdown ? MarkdownExporter() : HTMLExporter()
        return String(decoding: try exporter.export(ExportInput(state: session.state)), as: UTF8.self)
    }

    /// The Markdown matrix names a RAG median by its label too, both labels between two levels.
    @Test func theMarkdownMatrixNamesRAGMedians() throws {
        let text = try report("partnership-review", [
            ("scoping", "academic", "pair-a", .level(0)), ("scoping", "academic", "pair-b", .level(0)),
            ("finding-partners", "academic", "pair-a", .level(1)), ("finding-partners", "academic", "pair-b", .level(2)),
        ], markdown: true)
        #expect(text.contains("| Scoping the partnership | Red |"))
        #expect(text.contains("| Finding partners | Amber\u{2013}Green |"))
    }

    @Test func aRAGCellIsRedWithItsLetterAndLabel() throws {
        let html = try report("partnership-review", [
            ("scoping", "academic", "pair-a", .level(0)), ("scoping", "academic", "pair-b", .level(0)),
        ])
        #expect(html.contains("<td title=\"95% interval 1–1\" data-palette=\"traffic\" data-tone=\"0\"><b class=\"letter\">R </b>Red<small>n = "), "its letter and its label, not the level's number")
        #expect(html.contains("red (R, low) through amber (A) to green (G, high)"))
        #expect(html.contains("[data-palette=\"traffic\"][data-tone=\"0\"]{background:#c62828;color:#ffffff}"))
        #expect(!html.contains("style=\"background"))
    }

    @Test func anAgreementCellIsOnTheDivergingPalette() throws {
        let html = try report("action-learning-set", [
            ("check-in", "academic", "set-1", .level(4)), ("check-in", "academic", "set-2", .level(4)),
        ], adding: "set-2")
        #expect(html.contains("data-palette=\"diverging\" data-tone=\"4\">5<small>"))
        #expect(html.components(separatedBy: "<i class=\"swatch\" data-palette=\"diverging\"").count - 1 == 5)
        #expect(!html.contains("class=\"letter\""))
    }

    @Test func toneMarks() {
        #expect(ToneMark(palette: .traffic, tone: 2).letter == "G")
        #expect(ToneMark(palette: .sequential, tone: 2).letter == nil)
        #expect(ToneMark(palette: .none, tone: nil).attributes(class: "swatch").compactMap(\.value) == ["swatch"])
    }
}
