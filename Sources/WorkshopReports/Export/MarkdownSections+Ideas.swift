import WorkshopModel

/// The Markdown report's ideas: per prompt its question, the ideas under their themes (the
/// unthemed last), then the vote's results as a ranked table, the winners first.
extension MarkdownSections {
    var ideas: [String] {
        guard let prompts = summary.ideas else { return [] }
        var lines = ["", "## " + words["report.heading.ideas"]]
        for prompt in prompts {
            lines += ["", "### \(escape(prompt.question))", "", "\(IdeaWords.counts(prompt, words))."]
            for group in prompt.themes {
                lines += ["", "#### \(escape(group.theme ?? IdeaWords.unthemed(words)))", ""]
                lines += group.ideas.map { "- " + idea($0) }
            }
            if let vote = prompt.vote {
                let item = words[vote.on == .ideas ? "report.column.idea" : "report.column.theme"]
                lines += ["", IdeaWords.voteLine(vote, words) + ".", "",
                          "| \(words["report.column.rank"]) | \(item) | \(words["report.column.dots"]) |", "| --- | --- | ---: |"]
                lines += vote.ranking.map { item in
                    "| \(item.rankLabel) | \(item.idea.map { "%\($0) " } ?? "")\(escape(item.text)) | \(item.dots) |"
                }
            }
        }
        return lines
    }

    /// `%7 Start in freshers' week (table-1 · Academic staff · about Drop-in desk) _hidden_`.
    private func idea(_ idea: PromptIdeas.Entry) -> String {
        let source = IdeaWords.source(idea, persona: summary.name(of:), activity: summary.title(of:), words)
        return "\(idea.label) \(escape(idea.text)) (\(escape(source)))" + (idea.isHidden ? " _\(words["report.ideas.hidden"])_" : "")
    }
}
