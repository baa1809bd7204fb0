import Foundation
import Testing
import WorkshopTestSupport

/// The HTML report of a session that belongs to a series: the change since the meeting before and
/// a line chart per activity, self-contained and escaped.
struct SeriesReportTests {
    @Test func aMeetingsReportShowsTheChangeSinceTheOneBeforeAndTheCharts() throws {
        let fixture = try SeriesFixture()
        _ = try fixture.copy.workshop(["add-activity", "rg-3", "hostile", "A <script>alert(1)</script> & \"quote\""])
        _ = try fixture.copy.workshop(["score", "rg-3", "hostile", "academic", "4", "-g", "t1"])
        let result = try fixture.copy.workshop(["export", "rg-3", "--format", "html"])
        #expect(result.status == 0, "\(result.stderr)")
        let html = result.stdout
        #expect(html.contains("<h2>Across the series ‘reading-group’</h2>"))
        #expect(html.contains("<h3>Change since meeting 2 (<code>rg-2</code>)</h3>"))
        // Three answers each side: the change is within the noise, so it is shown but not called.
        #expect(html.contains("title=\"4 (3 answers) → 5 (3 answers)\">~ +1</td>"))
        // The chart's text alternative names each persona's median at each meeting.
        #expect(html.contains("aria-label=\"Median answer per meeting: Library walk. "))
        #expect(html.components(separatedBy: "aria-label=\"Median answer per meeting").count == 1 + 6)
        #expect(!html.contains("<script>") && html.contains("A &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quote&quot;"))
        let addresses = html.components(separatedBy: "http").dropFirst()
        #expect(addresses.allSatisfy { $0.hasPrefix("://www.w3.org/2000/svg\"") }, "no address but the SVG namespace")
    }

    @Test func theFirstMeetingDrawsNoTrendAndOtherFormatsAreUnchanged() throws {
        let fixture = try SeriesFixture()
        let first = try fixture.copy.workshop(["export", "rg-1", "--format", "html"]).stdout
        // One meeting draws no one-point trend and has no change to show: the opening line says which meeting it is.
        #expect(first.contains("Meeting 1 of the series reading-group.") && !first.contains("Across the series"))
        #expect(!first.contains("aria-label=\"Median answer per meeting"))
        let outside = try fixture.copy.workshop(["export", "disjoint", "--format", "html"]).stdout
        #expect(!outside.contains("Across the series"))
        let markdown = try fixture.copy.workshop(["export", "rg-3", "--format", "markdown"]).stdout
        #expect(!markdown.contains("series"), "the Markdown is written without the other meetings")
    }
}
