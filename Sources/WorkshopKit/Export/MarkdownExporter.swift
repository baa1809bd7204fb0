import Foundation

/// GitHub-flavoured Markdown, ready for a blog post: highlights, the matrix, agreement, notes and
/// methods. User text is escaped so a pipe or markup in a title never breaks a table.
public struct MarkdownExporter: Exporter {
    public init() {}

    public func export(_ input: ExportInput) throws -> Data {
        Data(text(input.summary).utf8)
    }

    public func text(_ summary: SessionSummary) -> String {
        var lines = ["# \(escape(summary.title))", "", "## Highlights", ""]
        lines += summary.highlights.map { "- " + escape($0) }
        lines += ["", "## Median answer per persona", ""]
        let personas = summary.personas
        lines.append("| Activity | " + personas.map { escape($0.name) }.joined(separator: " | ") + " | Standing | Rank |")
        lines.append("| --- | " + personas.map { _ in "---:" }.joined(separator: " | ") + " | ---: | ---: |")
        for activity in summary.activities {
            let values = personas.map { persona in
                activity.personaMedians.first { $0.persona == persona.persona }.map { SessionSummary.number($0.median) } ?? "·"
            }
            lines.append("| \(escape(activity.title)) | " + values.joined(separator: " | ")
                + " | \(activity.standing.map(SessionSummary.number) ?? "·") | \(activity.rank.map { String($0) } ?? "·") |")
        }
        lines += ["", "## Agreement between groups", "", "| Persona | Krippendorff's alpha | Groups |", "| --- | ---: | --- |"]
        for persona in personas {
            let alpha = persona.agreement.map(SessionSummary.number) ?? escape(persona.agreementNote ?? "not enough data")
            lines.append("| \(escape(persona.name)) | \(alpha) | \(persona.groups.joined(separator: ", ")) |")
        }
        if !summary.notes.isEmpty {
            lines += ["", "## Notes", ""]
            for note in summary.notes {
                lines.append("- " + (note.place.map { "**\(escape($0))**: " } ?? "") + escape(note.text))
            }
        }
        if !summary.actions.isEmpty {
            lines += ["", "## Actions"]
            for part in summary.actions.parts {
                lines += ["", "### \(part.title)", ""]
                lines += part.entries.map { "- \(escape($0.heading)): \(escape($0.standing))" }
            }
        }
        lines += ["", "## Methods", ""]
        let methods = summary.methods
        lines += [methods.quantiles, methods.consensus, methods.agreement, methods.standing, methods.divergence,
                  methods.rankStability, methods.unsure].map { "- " + escape($0) }
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
