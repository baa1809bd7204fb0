import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit
@testable import WorkshopReports

/// Ideas in every export format: the ideas shape, the "Ideas" sheet, the HTML and Markdown
/// sections, the JSON; hostile wording stays inert, and a session without ideas exports as before.
struct IdeasExportTests {
    static let hostile = ["=HYPERLINK(\"http://x.example\",\"click\")", "<script>alert(1)</script>", "abc\u{202E}txt.exe",
                          String(repeating: "long idea ", count: 28)]

    /// A session with the hostile ideas in one theme and a plain one outside it, voted on and closed.
    private func input(hidden: Bool = false) throws -> ExportInput {
        let session = try SessionFixture().start()
        var ids: [UInt64] = []
        for (index, text) in Self.hostile.enumerated() {
            let group = "table-\(index + 1)"
            let entry = try session.record(.idea(IdeaDraft(prompt: "try-first", group: group, text: text)), by: "phone:\(group)")
            ids.append(session.state.entries[entry].id)
        }
        let plain = try session.record(.idea(IdeaDraft(prompt: "try-first", group: "table-5", text: "plain")), by: "anna")
        try session.record(.markIdea(session.state.entries[plain].id, .hidden, asGroup: nil), by: "anna")
        try session.record(.theme("<b>Odd</b>", ideas: ids), by: "anna")
        try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 3)), by: "anna")
        try session.record(.dots(group: "table-1", prompt: "try-first", item: .idea(ids[0]), count: 3), by: "anna")
        try session.record(.dots(group: "table-2", prompt: "try-first", item: .idea(ids[1]), count: 1), by: "anna")
        try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 3, isOpen: false)), by: "anna")
        return ExportInput(state: session.state, options: SummaryOptions(intervals: false, hiddenIdeas: hidden))
    }

    /// A session with no ideas: the bundled 2016 meeting (the 2015 one has ideas since format 5).
    private func demo() throws -> ExportInput {
        let state = try Session.open("demo-2016", root: ProjectRoot(path: Paths.example.path), writable: false).state
        return ExportInput(state: state, options: SummaryOptions(intervals: false))
    }

    @Test func theIdeasShapeHasOneRowPerIdeaAndGuardsFormulas() throws {
        let text = String(decoding: try DelimitedExporter(shape: .ideas).export(try input()), as: UTF8.self)
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "session,prompt,number,theme,group,persona,activity,stage,text,dots,rank,hidden")
        #expect(lines.count == 6, "a header, four ideas and the empty end: the hidden one left out")
        #expect(lines[1].hasPrefix("stirling-2015,try-first,1,<b>Odd</b>,table-1,,,,\"'=HYPERLINK(\"\"http://x.example\"\",\"\"click\"\")\",3,1,false"))
        #expect(lines[2].hasSuffix(",1,2,false"))
        #expect(lines[4].hasSuffix(",0,3=,false"))
        let hidden = String(decoding: try DelimitedExporter(shape: .ideas).export(try input(hidden: true)), as: UTF8.self)
        #expect(hidden.contains(",plain,,,true\r\n"))
    }

    @Test func theIdeasShapeOfASessionWithoutIdeasIsItsHeader() throws {
        let text = String(decoding: try DelimitedExporter(shape: .ideas).export(try demo()), as: UTF8.self)
        #expect(text == ExportInput.ideaColumns.joined(separator: ",") + "\r\n")
    }

    @Test func theWorkbookHasAnIdeasSheetOfInlineStringsOnlyWhenThereAreIdeas() throws {
        let parts = try XLSXParts(try XLSXExporter().export(try input()))
        let workbook = try parts.tree("xl/workbook.xml")
        // No actions in this session: no Actions sheet.
        #expect(workbook.all("sheet").map { $0.attributes["name"] ?? "" } == ["Matrix", "Answers", "Notes", "Ideas"])
        let sheet = try parts.sheet(4)
        let formula = try #require(sheet.cell("I2"))
        #expect(formula.attributes["t"] == "inlineStr")
        #expect(formula.first("t")?.text == Self.hostile[0])
        #expect(sheet.all("f").isEmpty, "no formula anywhere")
        // The 280-character idea is wider than a column may be: its column wraps and its row is taller.
        let text = try #require(sheet.all("col").first { $0.attributes["min"] == "9" })
        #expect(text.attributes["width"] == "50")
        #expect(sheet.all("row").contains { $0.attributes["customHeight"] == "1" })
        let demo = try XLSXParts(try XLSXExporter().export(try demo()))
        #expect(try demo.tree("xl/workbook.xml").all("sheet").count == 4)
    }

    @Test func theReportEscapesIdeasAndRanksTheVoteInACaptionedTable() throws {
        let html = String(decoding: try HTMLExporter().export(try input()), as: UTF8.self)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;b&gt;Odd&lt;/b&gt;"))
        #expect(html.contains("Ideas from the room"))
        #expect(html.contains("<caption>Vote on ideas, closed: 3 dots per group, 2 groups voted</caption>"))
        #expect(html.contains("style=\"width:100%\"") && html.contains("style=\"width:33%\""))
        #expect(html.contains("<bdi class=\"text\">abc\u{202E}txt.exe</bdi>"), "a bidi override reorders nothing around it")
        #expect(!html.contains("plain"), "the hidden idea is left out")
        let demo = String(decoding: try HTMLExporter().export(try demo()), as: UTF8.self)
        #expect(!demo.contains("Ideas from the room") && !demo.contains("idea-list"))
    }

    @Test func markdownEscapesIdeasAndTablesTheVote() throws {
        let text = String(decoding: try MarkdownExporter().export(try input(hidden: true)), as: UTF8.self)
        #expect(text.contains("## Ideas from the room"))
        #expect(text.contains("#### \\<b\\>Odd\\</b\\>"))
        #expect(text.contains("\\<script\\>alert(1)\\</script\\>"))
        #expect(text.contains("| 1 | %1 =HYPERLINK(\"http://x.example\",\"click\") | 3 |"))
        #expect(text.contains("- %5 plain (table-5) _hidden_"))
    }

    @Test func theJSONExportCarriesTheIdeasInTheSummary() throws {
        let data = try JSONExporter().export(try input())
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let summary = try #require(object["summary"] as? [String: Any])
        let ideas = try #require(summary["ideas"] as? [[String: Any]])
        #expect(ideas.first?["prompt"] as? String == "try-first")
        let demo = try #require(try JSONSerialization.jsonObject(with: try JSONExporter().export(try demo())) as? [String: Any])
        #expect((demo["summary"] as? [String: Any])?["ideas"] == nil)
    }
}
