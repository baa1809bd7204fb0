import WorkshopModel
import WorkshopSession

extension PromptIdeas {
    /// Ideas per prompt of the plan, in its order; prompts with no idea to list are left out.
    /// Withdrawn and undone ideas never appear (the wall holds neither in force); hidden ones only
    /// when `hidden` asks for them, marked.
    static func all(wall: IdeaWall, prompts: [Prompt], hidden: Bool) -> [PromptIdeas] {
        prompts.compactMap { PromptIdeas(wall: wall, prompt: $0, hidden: hidden) }
    }

    init?(wall: IdeaWall, prompt: Prompt, hidden: Bool) {
        let listed = wall.listed(prompt: prompt.id, hidden: hidden)
        guard !listed.isEmpty else { return nil }
        let ranking = wall.ranking(prompt: prompt.id)
        var byIdea: [UInt64: RankedItem] = [:]
        for item in ranking { if case let .idea(id) = item.item { byIdea[id] = item } }
        let entries = listed.map { Self.entry($0, ranked: byIdea[$0.id]) }
        // Themes in the order made; a theme holding only hidden ideas is listed when they are.
        let named = wall.themeOrder.compactMap { name -> ThemeGroup? in
            let ideas = entries.filter { $0.theme == name }
            return ideas.isEmpty ? nil : ThemeGroup(theme: name, ideas: ideas)
        }
        let loose = entries.filter { idea in idea.theme.map { !wall.themeOrder.contains($0) } ?? true }
        self.prompt = prompt.id
        question = prompt.text
        count = entries.count
        groups = Set(entries.map(\.group)).count
        themes = named + (loose.isEmpty ? [] : [ThemeGroup(theme: nil, ideas: loose)])
        vote = wall.votes[prompt.id].map { vote in
            VoteResult(
                on: vote.on, status: vote.isOpen ? "open" : "closed", dotsEach: vote.dots, perItem: vote.perItem,
                voters: wall.voters(prompt: prompt.id),
                ranking: ranking.map { Self.ranked($0, wall: wall) })
        }
    }

    private static func entry(_ idea: Idea, ranked: RankedItem?) -> Entry {
        Entry(
            number: idea.number, label: idea.label, id: RecordID.format(idea.id), text: idea.text, group: idea.group,
            persona: idea.persona, activity: idea.activity, stage: idea.stage, theme: idea.theme,
            dots: ranked?.dots, rank: ranked?.rankLabel, hidden: idea.isHidden ? true : nil,
            redacted: idea.isRedacted ? true : nil)
    }

    private static func ranked(_ item: RankedItem, wall: IdeaWall) -> Ranked {
        switch item.item {
        case let .idea(id):
            let idea = wall.idea(id)
            return Ranked(rank: item.rank, rankLabel: item.rankLabel, tied: item.isTied, dots: item.dots,
                          idea: idea?.number, theme: nil, text: idea?.text ?? "")
        case let .theme(name):
            return Ranked(rank: item.rank, rankLabel: item.rankLabel, tied: item.isTied, dots: item.dots,
                          idea: nil, theme: name, text: name)
        }
    }
}
