import WorkshopKit

/// The wall of ideas the projector shows, per prompt: the shown ideas grouped by theme, and the
/// prompt's dot vote. Built from `IdeaWall`'s listing, which leaves hidden and withdrawn ideas out,
/// so their text is in neither the page nor its event stream.
extension RoomView {
    /// One prompt's ideas and vote. Only prompts with a shown idea or a vote are sent.
    public struct PromptWall: Encodable, Sendable {
        var prompt: String
        /// The prompt's question ("text" is an idea's wording in this view).
        var question: String
        /// Themes in the order they were made, then the ideas in none (`theme` nil); one unthemed
        /// group while no theme exists.
        var groups: [ThemeGroup]
        var vote: VoteView?
    }

    public struct ThemeGroup: Encodable, Sendable {
        var theme: String?
        var ideas: [IdeaCard]
    }

    public struct IdeaCard: Encodable, Sendable {
        /// The idea's record id, 16 hex digits: what a theming form posts.
        var id: String
        var label: String
        var text: String
        var group: String
        /// The persona's name, when the group played one.
        var persona: String?
        var theme: String?
    }

    public struct VoteView: Encodable, Sendable {
        var open: Bool
        var on: String
        /// Dots each table may place.
        var dots: Int
        /// Tables that have placed a dot, of `tables`.
        var voters: Int
        var tables: Int
        var hidesCount: Bool
        /// Most dots first; nil while the vote is open and hides its count.
        var ranking: [Ranked]?
    }

    public struct Ranked: Encodable, Sendable {
        /// An idea's 16-hex id or a theme's name, as phones post it.
        var item: String
        /// `%7` for an idea, the name for a theme.
        var label: String
        /// An idea's wording; nil for a theme.
        var text: String?
        var dots: Int
        var rank: Int
        /// `1=` when tied.
        var rankLabel: String
    }

    static func walls(_ state: SessionState, personaNames names: [String: String]) -> [PromptWall] {
        let wall = state.ideaWall
        return state.plan.prompts.compactMap { prompt in
            let shown = wall.listed(prompt: prompt.id)
            let vote = wall.votes[prompt.id].map { Self.vote($0, wall: wall, tables: state.activeGroups.count) }
            guard !shown.isEmpty || vote != nil else { return nil }
            func card(_ idea: Idea) -> IdeaCard {
                IdeaCard(id: RecordID.format(idea.id), label: idea.label, text: idea.text, group: idea.group,
                         persona: idea.persona.map { names[$0] ?? $0 }, theme: idea.theme)
            }
            var groups = wall.themes(prompt: prompt.id).map { theme in
                ThemeGroup(theme: theme, ideas: shown.filter { $0.theme == theme }.map(card))
            }
            let loose = shown.filter { $0.theme == nil }
            if !loose.isEmpty { groups.append(ThemeGroup(theme: nil, ideas: loose.map(card))) }
            return PromptWall(prompt: prompt.id, question: prompt.text, groups: groups, vote: vote)
        }
    }

    static func vote(_ vote: Vote, wall: IdeaWall, tables: Int) -> VoteView {
        let counted = !vote.isOpen || !vote.hidesCount
        let ranking: [Ranked]? = counted ? wall.ranking(prompt: vote.prompt).map { ranked -> Ranked in
            switch ranked.item {
            case let .idea(id):
                let idea = wall.idea(id)
                return Ranked(item: RecordID.format(id), label: idea?.label ?? "", text: idea?.text, dots: ranked.dots,
                              rank: ranked.rank, rankLabel: ranked.rankLabel)
            case let .theme(name):
                return Ranked(item: name, label: name, dots: ranked.dots, rank: ranked.rank, rankLabel: ranked.rankLabel)
            }
        } : nil
        return VoteView(open: vote.isOpen, on: vote.on.rawValue, dots: vote.dots, voters: wall.voters(prompt: vote.prompt),
                        tables: tables, hidesCount: vote.hidesCount, ranking: ranking)
    }
}
