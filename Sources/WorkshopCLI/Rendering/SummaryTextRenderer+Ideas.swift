import WorkshopKit

/// The summary's short "Ideas" block: per prompt how many ideas, groups and themes, the vote's state,
/// and the items with most dots (ties shown as ties). The full lists are in the exports.
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
