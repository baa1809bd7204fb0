import WorkshopKit

/// The summary's "Ideas" block: per prompt how many ideas, groups and themes, the vote's state, the
/// items with most dots (ties shown as ties), then every idea under its theme, winners first.
extension SummaryTextRenderer {
    /// How many leading ranks are shown, ties kept whole.
    static let leadingRanks = 3
    /// An item's wording is cut to this many columns: the block is a glance, not the wall.
    static let itemColumns = 60

    var ideas: [String] {
        guard let prompts = summary.ideas else { return [] }
        var lines = [style.bold("Ideas")]
        for prompt in prompts {
            lines.append("  \(clean(prompt.question)) [\(clean(prompt.prompt))]")
            lines.append("    " + counts(prompt))
            let leaders = prompt.leaders(top: Self.leadingRanks)
            let width = leaders.map(\.rankLabel.count).max() ?? 0
            for item in leaders {
                let what = item.idea.map { "%\($0) " } ?? ""
                lines.append("    \(pad(item.rankLabel, width))  \(what)\(abbreviate(clean(item.text), Self.itemColumns))"
                    + " — \(item.dots) dot\(item.dots == 1 ? "" : "s")")
            }
            lines += wall(prompt)
        }
        return lines
    }

    /// Every idea under its theme: themes by their rank in a vote on themes, ideas by their dots in
    /// a vote on ideas, else in the order made; `(no theme)` last. Wrapped, never cut.
    private func wall(_ prompt: PromptIdeas) -> [String] {
        let themed = prompt.themes.contains { $0.theme != nil }
        let groups = prompt.themes.enumerated().sorted { left, right in
            let a = left.element.theme.flatMap { prompt.result(theme: $0)?.rank } ?? Int.max
            let b = right.element.theme.flatMap { prompt.result(theme: $0)?.rank } ?? Int.max
            return a != b ? a < b : left.offset < right.offset
        }.map(\.element)
        var lines: [String] = []
        for group in groups {
            if themed { lines.append("    " + (group.theme.map(clean) ?? "(no theme)")) }
            let ideas = group.ideas.enumerated().sorted { left, right in
                let a = left.element.dots ?? 0, b = right.element.dots ?? 0
                return a != b ? a > b : left.offset < right.offset
            }.map(\.element)
            for idea in ideas {
                let dots = prompt.vote?.on == .ideas ? " [\(idea.dots ?? 0) dot\(idea.dots == 1 ? "" : "s")]" : ""
                let hidden = idea.isHidden ? " [hidden]" : ""
                lines.append((themed ? "      " : "    ") + "\(idea.label) \(clean(idea.text)) (\(clean(idea.group)))\(dots)\(hidden)")
            }
        }
        return lines
    }

    /// `7 ideas from 5 groups, 2 themes, 1 hidden; vote on themes closed, 5 groups voted`.
    private func counts(_ prompt: PromptIdeas) -> String {
        var text = IdeaWords.counts(prompt)
        if let vote = prompt.vote {
            text += "; vote on \(vote.on.rawValue) \(vote.status), \(IdeaWords.plural(vote.voters, "group")) voted"
        }
        return text
    }
}
