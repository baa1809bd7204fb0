import Foundation
import Testing
import WorkshopTestSupport

/// The HTML report of sessions in a series (the series section, its delta table and trend charts,
/// which `export.html` of a lone session does not reach, and which a series' first meeting leaves out), compared with files under `Golden` as
/// normalised trees (`HTMLTree`). Re-record on purpose with WORKSHOP_RECORD_GOLDEN=1.
struct GoldenReportTreeTests {
    @Test(arguments: ["learning-set-1", "learning-set-3"])
    func seriesReportMatchesItsGoldenTree(_ session: String) throws {
        let result = try WorkshopProcess.run(["export", session, "--format", "html", "--root", Paths.example.path])
        #expect(result.status == 0, "\(result.stderr)")
        let path = GoldenSummaryTests.folder.appendingPathComponent("export-\(session).html")
        if ProcessInfo.processInfo.environment["WORKSHOP_RECORD_GOLDEN"] == "1" {
            try result.stdout.write(to: path, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: path, encoding: .utf8)
        let (got, want) = (HTMLTree.outline(result.stdout), HTMLTree.outline(expected))
        let same = got == want
        #expect(same, "export-\(session).html differs as a tree:\n\(HTMLTree.firstDifference(got, want))")
        // The first meeting has one point a chart and no change: no series section; the third has both.
        #expect(result.stdout.contains("Across the series") == (session != "learning-set-1"), "the series section from the second meeting")
    }

    /// The comparison itself: blind to serialisation, not to content.
    @Test func treesIgnoreSerialisationOnly() {
        let page = "<p class=\"a b\" id=x>Tom &amp; Jerry\n  <br/><svg viewBox='0 0 1 1'><rect width=\"1\"></rect></svg></p>"
        let same = "<p id=\"x\" class=\"a b\">Tom &#38; Jerry <br><svg viewBox=\"0 0 1 1\"><rect width=\"1\"/></svg></p>"
        #expect(HTMLTree.outline(page) == HTMLTree.outline(same))
        for changed in ["<p class=\"a\" id=x>Tom &amp; Jerry<br><svg viewBox='0 0 1 1'><rect width=\"1\"/></svg></p>",
                        "<p class=\"a b\" id=x>Tom &amp; Jerri<br><svg viewBox='0 0 1 1'><rect width=\"1\"/></svg></p>",
                        "<p class=\"a b\" id=x>Tom &amp; Jerry<br><svg viewBox='0 0 1 1'><rect width=\"2\"/></svg></p>",
                        "<div class=\"a b\" id=x>Tom &amp; Jerry<br><svg viewBox='0 0 1 1'><rect width=\"1\"/></svg></div>",
                        "<p class=\"a b\" id=x>Tom &amp;amp; Jerry<br><svg viewBox='0 0 1 1'><rect width=\"1\"/></svg></p>"] {
            #expect(HTMLTree.outline(page) != HTMLTree.outline(changed), "\(changed)")
        }
    }
}
