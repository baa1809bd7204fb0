import WorkshopModel

extension ExportInput {
    /// The ideas table (`--shape ideas`, and the XLSX sheet "Ideas").
    public static let ideaColumns = [
        "session", "prompt", "number", "theme", "group", "persona", "activity", "stage", "text", "dots", "rank", "hidden",
    ]

    /// One row per idea shown, prompt by prompt in the plan's order, theme by theme within it (the
    /// unthemed last). `dots` and `rank` are what was voted on: the idea in a vote on ideas, its
    /// theme in a vote on themes (so a theme's dots repeat on each of its rows); empty for a hidden
    /// idea, which takes no dots, and when the prompt had no vote.
    public var ideaRows: [[ExportCell]] {
        (summary.ideas ?? []).flatMap { prompt in
            prompt.ideas.map { idea -> [ExportCell] in
                var (dots, rank) = (idea.dots, idea.rank)
                if prompt.vote?.on == .themes, !idea.isHidden, let result = idea.theme.flatMap(prompt.result(theme:)) {
                    (dots, rank) = (result.dots, result.rankLabel)
                }
                return [
                    .text(summary.session), .text(prompt.prompt), .integer(idea.number), .text(idea.theme ?? ""),
                    .text(idea.group), .text(idea.persona ?? ""), .text(idea.activity ?? ""), .text(idea.stage ?? ""),
                    .text(idea.text), dots.map(ExportCell.integer) ?? .empty, .text(rank ?? ""),
                    .text(idea.isHidden ? "true" : "false"),
                ]
            }
        }
    }
}
