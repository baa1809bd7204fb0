import Foundation
import WorkshopSession

/// GitHub-flavoured Markdown, ready for a blog post, in the HTML report's order: what the session
/// was, the findings, the actions and the matrix with its legend; then divergence, coverage, notes
/// (prompt notes under their question) and ideas, each only when it has something to say; last the
/// appendix of statistics and method (agreement, rank stability, methods).
/// Titles and names, never ids. User text is escaped so a pipe or markup in a title never breaks a
/// table.
public struct MarkdownExporter: Exporter {
    /// The report's language (its own words; the plan's text stays as written).
    public var language: ReportLanguage

    public init(language: ReportLanguage = .english) {
        self.language = language
    }

    public func export(_ input: ExportInput) throws -> Data {
        Data(text(input.summary, series: input.series.map { ($0.meeting, $0.series) }).utf8)
    }

    /// The report: a first page for a reader without statistics (what the session was, findings,
    /// actions, matrix), then the sections with something to say, then the appendix.
    public func text(_ summary: SessionSummary, series: (meeting: Int, name: String)? = nil) -> String {
        let words = language.words
        let event = [summary.date, summary.venue, summary.facilitator.map { words["report.meta.facilitated_by", ["facilitator": $0]] }]
            .compactMap { $0 }
        var lines = ["# \(escape(summary.title))", ""]
        if !event.isEmpty { lines += [escape(event.joined(separator: " · ")), ""] }
        lines.append(escape(summary.purpose(in: language, series: series)))
        let findings = summary.findings(in: language)
        if !findings.isEmpty {
            lines += ["", "## " + words["report.findings.heading"], ""]
            lines += findings.enumerated().map { "\($0.offset + 1). " + escape($0.element.text) }
        }
        let sections = MarkdownSections(summary: summary, escape: escape, language: language)
        lines += sections.actions + sections.matrix + sections.divergence + sections.coverage + sections.notes + sections.ideas
        lines += ["", "## " + words["report.findings.appendix"]] + sections.appendix
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escapes what Markdown would read as table structure or markup in user text.
    public func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "|", "\\", "*", "_", "`", "[", "]", "<", ">", "#": result += "\\\(character)"
            case "\n", "\r": result += " "
            default: result.append(character)
            }
        }
        return result
    }
}
