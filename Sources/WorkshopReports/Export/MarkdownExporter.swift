import Foundation
import WorkshopSession

/// GitHub-flavoured Markdown, ready for a blog post, with the same sections as the text summary:
/// highlights, the matrix with its legend, agreement, divergence, rank stability, coverage, notes
/// (prompt notes under their question), ideas (when the room wrote any), actions and methods.
/// Titles and names, never ids. User text is escaped so a pipe or markup in a title never breaks a
/// table.
public struct MarkdownExporter: Exporter {
    /// The report's language (its own words; the plan's text stays as written).
    public var language: ReportLanguage

    public init(language: ReportLanguage = .english) {
        self.language = language
    }

    public func export(_ input: ExportInput) throws -> Data {
        Data(text(input.summary).utf8)
    }

    public func text(_ summary: SessionSummary) -> String {
        let words = language.words
        let event = [summary.date, summary.venue, summary.facilitator.map { words["report.meta.facilitated_by", ["facilitator": $0]] }]
            .compactMap { $0 }
        var lines = ["# \(escape(summary.title))", ""]
        if !event.isEmpty { lines += [escape(event.joined(separator: " · ")), ""] }
        lines += ["## " + words["report.heading.highlights"], ""]
        lines += summary.highlights(in: language).map { "- " + escape($0) }
        let sections = MarkdownSections(summary: summary, escape: escape, language: language)
        lines += sections.matrix + sections.agreement + sections.divergence + sections.rankStability + sections.coverage
            + sections.notes + sections.ideas
        if !summary.actions.isEmpty {
            lines += ["", "## " + words["report.heading.actions"]]
            for part in summary.actions.parts(words) {
                lines += ["", "### \(part.title)", ""]
                lines += part.entries.map { entry in
                    "- \(escape(entry.heading(words))): \(escape(entry.standing(words)))" + (entry.idea.map { " (\(escape($0.origin(words))))" } ?? "")
                }
            }
        }
        lines += ["", "## " + words["report.heading.methods"], ""]
        let methods = summary.methods.worded(in: language)
        lines += [methods.minimumData, methods.quantiles, methods.consensus, methods.agreement, methods.otherAgreement, methods.intervals, methods.standing,
                  methods.divergence, methods.rankStability, methods.unsure].map { "- " + escape($0) }
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
