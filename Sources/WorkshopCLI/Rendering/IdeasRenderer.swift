import WorkshopKit

/// `ideas` as text: a heading per prompt, a line per theme once there are themes, and one line per
/// idea, `%7  table-2 (academic)  text  [3 dots]`, fitted to the terminal.
struct IdeasRenderer {
    var listing: IdeaListing
    var width: Int

    var lines: [String] {
        var lines: [String] = []
        for section in listing.sections {
            if !lines.isEmpty { lines.append("") }
            lines.append("\(section.prompt.id): \(section.prompt.text)" + (section.vote.map { "  [\(Self.describe($0))]" } ?? ""))
            let indent = section.hasThemes ? "    " : "  "
            for cluster in section.clusters {
                if section.hasThemes {
                    let dots = cluster.dots.map { "  [\(dotCount($0))]" } ?? ""
                    lines.append("  " + (cluster.theme ?? "(no theme)") + dots)
                }
                lines += cluster.items.map { indent + Self.line($0) }
            }
        }
        return Wrap.fit(lines.map(TerminalText.clean), width: width)
    }

    static func line(_ item: IdeaListing.Item) -> String {
        let idea = item.idea
        let who = idea.group + (idea.persona.map { " (\($0))" } ?? "")
        var marks: [String] = []
        if let dots = item.dots { marks.append(dotCount(dots)) }
        if idea.isHidden { marks.append("hidden") }
        let text = idea.text.replacingOccurrences(of: "\n", with: " ")
        return "\(idea.label)  \(who)  \(text)" + (marks.isEmpty ? "" : "  [\(marks.joined(separator: ", "))]")
    }

    /// "vote open on themes, 3 dots a group".
    static func describe(_ vote: Vote) -> String {
        "vote \(vote.isOpen ? "open" : "closed") on \(vote.on.rawValue), \(dotCount(vote.dots)) a group"
            + (vote.perItem.map { ", at most \($0) on one" } ?? "")
    }
}
