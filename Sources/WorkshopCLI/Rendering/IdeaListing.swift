import WorkshopKit

/// The ideas `ideas` lists: by prompt in the plan's order, by theme within a prompt once it has
/// themes (unthemed last), each with its dots in the prompt's latest vote. Text and JSON read this.
struct IdeaListing {
    struct Item {
        var idea: WorkshopKit.Idea
        /// Dots in the prompt's latest vote when that vote is on ideas.
        var dots: Int?
        var rank: String?
    }

    struct Cluster {
        /// Nil for the ideas in no theme.
        var theme: String?
        /// Dots in the prompt's latest vote when that vote is on themes.
        var dots: Int?
        var rank: String?
        var items: [Item]
    }

    struct Section {
        var prompt: Prompt
        var vote: Vote?
        var clusters: [Cluster]
        var hasThemes: Bool { clusters.contains { $0.theme != nil } }
    }

    var sections: [Section]

    /// Every idea of `state` that the filter lets through; hidden ones only when `hidden`.
    init(state: SessionState, prompt: String? = nil, theme: String? = nil, hidden: Bool = false) {
        let wall = state.ideaWall
        sections = state.plan.prompts.filter { prompt == nil || $0.id == prompt }.compactMap { plan in
            let ideas = wall.listed(prompt: plan.id, theme: theme, hidden: hidden)
            guard !ideas.isEmpty else { return nil }
            let vote = wall.votes[plan.id]
            var ranked: [VoteItem: RankedItem] = [:]
            for item in wall.ranking(prompt: plan.id) { ranked[item.item] = item }
            func item(_ idea: WorkshopKit.Idea) -> Item {
                let place = vote?.on == .ideas ? ranked[.idea(idea.id)] : nil
                return Item(idea: idea, dots: place.map(\.dots) ?? (vote?.on == .ideas ? 0 : nil), rank: place?.rankLabel)
            }
            let names = wall.allThemes.filter { name in ideas.contains { $0.theme == name } }
            var clusters = names.map { name in
                let place = vote?.on == .themes ? ranked[.theme(name)] : nil
                return Cluster(theme: name, dots: place.map(\.dots) ?? (vote?.on == .themes ? 0 : nil), rank: place?.rankLabel,
                               items: ideas.filter { $0.theme == name }.map(item))
            }
            let loose = ideas.filter { idea in idea.theme.map { !names.contains($0) } ?? true }
            if !loose.isEmpty { clusters.append(Cluster(theme: nil, items: loose.map(item))) }
            return Section(prompt: plan, vote: vote, clusters: clusters)
        }
    }
}

/// "1 dot", "3 dots".
func dotCount(_ count: Int) -> String {
    "\(count) dot\(count == 1 ? "" : "s")"
}
