import Foundation
import Testing
@testable import WorkshopKit
@testable import WorkshopMerge
@testable import WorkshopReports

/// The HTML report and the Markdown summary look finished: each test failed before they did.
struct HandoutTests {
    /// A session of the Stirling plan with a prompt note, a session note and two personas tied on a median.
    static func input() throws -> ExportInput {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(all: [
            .answer(fixture.cell("drop-in", "academic", "table-1"), .level(3), note: nil),
            .answer(fixture.cell("drop-in", "academic", "table-2"), .level(3), note: nil),
            .answer(fixture.cell("drop-in", "undergraduate", "table-3"), .level(3), note: nil),
            .answer(fixture.cell("drop-in", "undergraduate", "table-4"), .level(3), note: nil),
            .answer(fixture.cell("induction", "phd-candidate", "table-5"), .unsure, note: nil),
            .note(NoteTarget(prompt: "try-first"), text: "Try it in week one"),
            .note(NoteTarget(), text: "Room ran late"),
        ], by: "anna")
        return ExportInput(state: session.state)
    }

    @Test func theHTMLHeaderLegendAndPromptNotes() throws {
        let input = try Self.input()
        let html = String(decoding: try HTMLExporter().export(input), as: UTF8.self)
        #expect(html.contains("<p class=\"event\">2015-11-19 · University of Stirling · facilitated by Academic liaison team</p>"))
        // One swatch per level of the scale, each with its label.
        let swatches = html.components(separatedBy: "<i class=\"swatch\"").count - 1
        #expect(swatches == input.scale.levels.count)
        // The prompt's question stands above its note; the session note is labelled as such.
        let question = try #require(html.range(of: "<blockquote>Which of these would you try first, and why?</blockquote>"))
        let note = try #require(html.range(of: "Try it in week one"))
        #expect(question.upperBound < note.lowerBound)
        #expect(html.contains("<strong>Whole session</strong>: Room ran late"))
        #expect(html.contains("@media print") && html.contains("@page{size:A4"))
    }

    @Test func theProfileChartClipsNoLabelAndShowsTiedMarkers() throws {
        let summary = try Self.input().summary
        let svg = ProfileChart(summary: summary, colours: HTMLExporter.personaColours).node.render()
        let viewBox = try #require(svg.firstMatch(of: /viewBox="0 0 (\d+) (\d+)"/))
        let width = Double(viewBox.output.1) ?? 0
        // Titles end at the left margin, right-anchored: the margin must hold the longest title.
        let longest = Double(summary.activities.map(\.title.count).max() ?? 0) * ProfileChart.titleCharacter
        let anchor = try #require(svg.firstMatch(of: /<text x="([\d.]+)" y="[\d.]+" font-size="12" text-anchor="end">/))
        #expect((Double(anchor.output.1) ?? 0) >= longest, "the longest title fits left of the plot")
        #expect(width >= 640)
        // Academic and undergraduate tie at 4 on drop-in: two markers at one x, different heights.
        let row = svg.split(separator: "\n").filter { $0.hasPrefix("<circle") || $0.hasPrefix("<rect") }
        let ys = row.compactMap { $0.firstMatch(of: /c?y="([\d.]+)"/).flatMap { Double($0.output.1) } }
        // A circle's y is its centre, a square's its top edge (4 above the centre); markers are 8-9 high.
        let centres = zip(row, ys).map { $0.hasPrefix("<rect") ? $1 + 4 : $1 }
        #expect(row.count == 2 && abs(centres[0] - centres[1]) >= 8, "tied markers must not overlap")
    }

    @Test func theMarkdownHasTheTextSummarysSectionsAndALegend() throws {
        let markdown = MarkdownExporter().text(try Self.input().summary)
        for heading in ["## Findings", "## Median answer per persona", "## Coverage", "## Notes", "## Appendix: statistics and method",
                        "### Agreement between groups", "### Rank stability", "### Methods"] {
            #expect(markdown.contains("\n\(heading)\n"), "\(heading)")
        }
        #expect(markdown.contains("Median over the groups (R type 7) on 1-5: 1 · 2 · 3 · 4 · 5."))
        #expect(markdown.contains("> Which of these would you try first, and why?"))
        #expect(markdown.contains("| New-student induction | · | · | · | ? | · |"), "a '?'-only cell")
        // Coverage names activities by title, never by id.
        let coverage = try #require(markdown.components(separatedBy: "## Coverage").last?.components(separatedBy: "## Notes").first)
        #expect(coverage.contains("Drop-in desk in the School") || !coverage.contains("still owes"))
        #expect(!coverage.contains("drop-in,") && !coverage.contains(": drop-in"))
    }
}
