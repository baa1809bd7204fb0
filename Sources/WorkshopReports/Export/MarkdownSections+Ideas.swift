import WorkshopModel

/// The Markdown report's ideas: per prompt its question, the ideas under their themes (the
/// unthemed last), then the vote's results as a ranked table, the winners first.
extension MarkdownSections {
    var ideas: [String] {
        guard let prompts = summary.ideas else { return [] }
        var lines = ["", "## Ideas from the room"]
        for prompt in prompts {
            lines += ["", "### \(escape(prompt.question))", "", "\(IdeaWords.counts(prompt))."]
            for group in prompt.themes {
                lines += ["", "#### \(escape(group.theme ?? IdeaWords.unthemed))", ""]
                lines += group.ideas.map { "- " + idea($0) }
            }
            if let vote = prompt.vote {
                lines += ["", IdeaWords.voteLine(vote) + ".", "", "| Rank | \(vote.on == .ideas ? "Idea" : "Theme") | Dots |",
                          "| --- | --- | ---: |"]
                lines += vote.ranking.map { item in
                    "| \(item.rankLabel) | \(item.idea.map { "%\($0) " } ?? "")\(escape(item.text)) | \(item.dots) |"
                }
            }
        }
        return lines
    }

    /// `%7 Start in freshers' week (table-1 · Academic staff · about Drop-in desk) _hidden_`.
    private func idea(_ idea: PromptIdeas.Entry) -> String {
        let source = IdeaWords.source(idea, persona: summary.name(of:), activity: summary.title(of:))
        return "\(idea.label) \(escape(idea.text)) (\(escape(source)))" + (idea.isHidden ? " _hidden_" : "")
    }
}
