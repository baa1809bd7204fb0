import Foundation
import WorkshopHTML
import WorkshopReportAssets
import WorkshopSession

/// One self-contained HTML report (no network, fonts or scripts). Its first page is for a reader
/// without statistics: the day, venue and facilitator, what the session was, the findings, the
/// actions and the heatmap with its legend. Then persona profiles in SVG, the series' change and
/// trends (from the second meeting), divergence, coverage, notes (prompt notes under their
/// question) and the room's ideas, each only when it has something to say; last, the appendix of
/// statistics and method (agreement, intervals, methods). Built as WorkshopHTML nodes, so all user text is escaped by
/// construction. Prints on A4.
public struct HTMLExporter: Exporter {
    /// The report's language: its own words, `lang` and `dir`.
    public var language: ReportLanguage

    public init(language: ReportLanguage = .english) {
        self.language = language
    }

    /// Okabe–Ito colours for personas, with a distinct marker shape each so colour is never alone.
    static let personaColours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]

    public func export(_ input: ExportInput) throws -> Data {
        let summary = input.summary
        let sections = HTMLSections(summary: summary, language: language)
        let words = language.words
        // The line breaks keep the written file readable by line, as it always was.
        let page = fragment {
            Node.doctype
            Node.newline
            element("html", ["lang": words.language, "dir": language.pageDir]) {
                element("head") {
                    element("meta", ["charset": "utf-8"])
                    Node.newline
                    element("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
                    Node.newline
                    element("title") { summary.title }
                    Node.newline
                    element("style") { Node.trusted(ReportAssets.stylesheet) }
                    // Only a report with ideas carries their rules, so one without is as it was.
                    if summary.ideas != nil { element("style") { Node.trusted(ReportAssets.ideasStylesheet) } }
                    // A right-to-left page holds left-to-right runs (English words, names, figures):
                    // each block takes the direction of its own first letter, so a sentence's full
                    // stop stays at its end, while the page's layout (columns, lists) runs right to left.
                    if language.pageDir != nil {
                        element("style") { Node.trusted("p,li,th,td,h1,h2,h3,h4,caption,blockquote{unicode-bidi:plaintext}") }
                    }
                }
                element("body") {
                    Node.newline
                    element("header") {
                        element("h1", ["lang": language.planLang, "dir": language.planDir]) { summary.title }
                        meta(summary)
                        sections.purpose(series: input.series)
                    }
                    Node.newline
                    // The report's body is its main landmark, after the header (WCAG 1.3.1, 2.4.1). The
                    // first page stands alone: findings, actions, heatmap; the statistics come last.
                    element("main") {
                        sections.front(heatmap: HTMLHeatmap(summary: summary, language: language))
                        // No chart before the first median: an empty plot says nothing.
                        if summary.scale.isOrdered && summary.activities.contains(where: { !$0.personaMedians.isEmpty }) {
                            ProfileChart(summary: summary, colours: Self.personaColours, language: language).node
                        }
                        input.series.flatMap { SeriesSection(context: $0, language: language).node }
                        sections.divergence
                        sections.coverage
                        sections.notes
                        sections.ideas
                        sections.appendix
                    }
                }
            }
            Node.newline
        }
        return Data(page.render().utf8)
    }

    /// The day, venue and facilitator from the plan, then the session, plan and scale.
    private func meta(_ summary: SessionSummary) -> Node {
        let words = language.words
        let event = [summary.date, summary.venue, summary.facilitator.map { words["report.meta.facilitated_by", ["facilitator": $0]] }]
            .compactMap { $0 }
        return fragment {
            if !event.isEmpty { element("p", ["class": "event"]) { event.joined(separator: " · ") } }
            element("p", ["class": "meta"]) {
                words["report.meta.session"] + " "
                element("code") { summary.session }
                " · " + words["report.meta.plan"] + " "
                element("code") { summary.plan }
                " · " + words["report.meta.scale", ["scale": summary.scale.name]]
                    + (summary.scale.isOrdered ? "" : words["report.meta.unordered"])
            }
        }
    }
}
