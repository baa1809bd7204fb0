import Foundation
import Testing
import WorkshopTestSupport

/// `export --language`: the HTML and Markdown reports in Welsh against golden files, the default
/// from the plan's `language:`, a right-to-left plan, and the refusals. English is held by the
/// existing golden files (`GoldenSummaryTests`), which this change leaves as they were.
struct ReportLanguageTests {
    @Test(arguments: [
        ("export-cy.html", ["--format", "html"]),
        ("export-cy.md", ["--format", "markdown"]),
    ])
    func theBundledSessionInWelshMatchesItsGoldenFile(_ file: String, _ format: [String]) throws {
        let result = try InProcess.run(["export", "demo-2015"] + format + ["--language", "cy", "--root", Paths.example.path])
        #expect(result.status == 0, "\(result.stderr)")
        let path = GoldenSummaryTests.folder.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["WORKSHOP_RECORD_GOLDEN"] == "1" {
            try result.stdout.write(to: path, atomically: true, encoding: .utf8)
        }
        #expect(result.stdout == (try String(contentsOf: path, encoding: .utf8)))
    }

    /// The Welsh report's own words are Welsh: none of the English headings is left.
    @Test func theWelshReportLeavesNoEnglishHeading() throws {
        let html = try InProcess.run(["export", "demo-2015", "--format", "html", "--language", "cy", "--root", Paths.example.path]).stdout
        #expect(html.contains("<html lang=\"cy\">"))
        for english in ["Findings", "Appendix: statistics", "Agreement between groups", "Where personas pull apart", "Coverage", "Methods", "Persona profiles",
                        "Median answer per persona", "Across the series", "reliable agreement", "Strongest overall"] {
            #expect(!html.contains(english), "\(english) is left in English")
        }
        // The plan's text stays as written, marked as English inside the Welsh page.
        #expect(html.contains("<h1 lang=\"en\">Engaging Schools - what works for whom</h1>"))
        #expect(html.contains("<th scope=\"row\" lang=\"en\">Bring-a-friend appointments</th>"))
    }

    /// A copy of the example whose Stirling plan is written in `language`, with a session started from it.
    static func planIn(_ language: String) throws -> ExampleCopy {
        let copy = try ExampleCopy()
        let plan = copy.url.appendingPathComponent("sessions/stirling-2015.yaml")
        let text = try String(contentsOf: plan, encoding: .utf8)
        try ("language: \(language)\n" + text).write(to: plan, atomically: true, encoding: .utf8)
        let start = try copy.workshop(["start", "stirling-2015", "--as", "written"])
        #expect(start.status == 0, "\(start.stderr)")
        return copy
    }

    @Test func theLanguageDefaultsToThePlans() throws {
        let copy = try Self.planIn("cy")
        let html = try copy.workshop(["export", "written", "--format", "html"]).stdout
        #expect(html.contains("<html lang=\"cy\">") && html.contains("<h2 id=\"findings\">Canfyddiadau</h2>"))
        #expect(html.contains("<h1>Engaging Schools"), "the plan's text is in the page's language: no lang of its own")
        let markdown = try copy.workshop(["export", "written", "--format", "markdown"]).stdout
        #expect(markdown.contains("## Canfyddiadau"))
        let english = try copy.workshop(["export", "written", "--format", "html", "--language", "en"]).stdout
        #expect(english.contains("<html lang=\"en\">") && english.contains("<h1 lang=\"cy\">Engaging Schools"))
    }

    @Test func anArabicPlanLaysOutRightToLeft() throws {
        let copy = try Self.planIn("ar")
        let result = try copy.workshop(["export", "written", "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        // No Arabic catalogue: the report's words are English, in the plan's direction; the plan's text is marked Arabic.
        #expect(result.stdout.contains("<html lang=\"en\" dir=\"rtl\">"))
        #expect(result.stdout.contains("<h1 lang=\"ar\">Engaging Schools"))
        #expect(result.stdout.contains("<h2 id=\"findings\">Findings</h2>"))
        // Asked for Welsh, the page runs left to right and the Arabic text right to left within it.
        let welsh = try copy.workshop(["export", "written", "--format", "html", "--language", "cy"]).stdout
        #expect(welsh.contains("<html lang=\"cy\">") && welsh.contains("<h1 lang=\"ar\" dir=\"rtl\">"))
    }

    @Test func aMalformedTagIsOneLineAndWritesNothing() throws {
        let copy = try ExampleCopy()
        let result = try copy.workshop(["export", "demo-2015", "--format", "html", "--language", "c_y!", "--output", "report.html"])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: invalid value for '--language': 'c_y!' is not a language tag; "
            + "write one such as 'en', 'cy', 'fr' or 'zh-Hans'\n")
        #expect(!FileManager.default.fileExists(atPath: copy.url.appendingPathComponent("report.html").path))
    }

    @Test func aTagWithNoCatalogueFallsBackToEnglish() throws {
        let result = try InProcess.run(["export", "demo-2015", "--format", "markdown", "--language", "ja", "--root", Paths.example.path])
        #expect(result.status == 0)
        let english = try String(contentsOf: GoldenSummaryTests.folder.appendingPathComponent("export.md"), encoding: .utf8)
        #expect(result.stdout == english)
    }

    @Test func formatsThatKeepEnglishKeysRefuseALanguage() throws {
        let result = try InProcess.run(["export", "demo-2015", "--format", "csv", "--language", "cy", "--root", Paths.example.path])
        #expect(result.status == 1)
        #expect(result.stderr == "error: '--language' is for html, markdown and xlsx; csv keeps its English keys\n")
    }
}
