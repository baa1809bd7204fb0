/// A vote's dots: what a group has left, what each item has, and the ranking.
extension IdeaWall {
    /// The dots `group` has placed in the vote on `prompt`, by item.
    public func placed(by group: String, prompt: String) -> [VoteItem: Int] {
        dots[prompt]?[group] ?? [:]
    }

    /// How many of its dots `group` has not placed in the vote on `prompt`.
    public func remaining(for group: String, prompt: String) -> Int {
        guard let vote = votes[prompt] else { return 0 }
        return max(0, vote.dots - placed(by: group, prompt: prompt).values.reduce(0, +))
    }

    /// Whether an item can take dots now: a shown idea of the prompt, or a theme holding one.
    public func isVotable(_ item: VoteItem, prompt: String) -> Bool {
        switch item {
        case let .idea(id): idea(id).map { $0.isShown && $0.prompt == prompt } ?? false
        case let .theme(name): themes(prompt: prompt).contains(name)
        }
    }

    /// The items of the vote on `prompt` ranked by dots, most first; items with as many dots share a
    /// rank (1, 1, 3) and keep the order they were written in. Every votable item is listed, with
    /// none as well; dots on a hidden or withdrawn idea count for nothing.
    public func ranking(prompt: String) -> [RankedItem] {
        guard let vote = votes[prompt] else { return [] }
        let items: [VoteItem] = vote.on == .ideas
            ? listed(prompt: prompt).map { .idea($0.id) } : themes(prompt: prompt).map { .theme($0) }
        var totals: [VoteItem: Int] = [:]
        for placed in (dots[prompt] ?? [:]).values {
            for (item, count) in placed { totals[item, default: 0] += count }
        }
        let ordered = items.enumerated().sorted { left, right in
            let a = totals[left.element] ?? 0, b = totals[right.element] ?? 0
            return a != b ? a > b : left.offset < right.offset
        }.map(\.element)
        var sharing: [Int: Int] = [:]
        for item in ordered { sharing[totals[item] ?? 0, default: 0] += 1 }
        var rank = 0
        return ordered.enumerated().map { index, item in
            let count = totals[item] ?? 0
            if index == 0 || (totals[ordered[index - 1]] ?? 0) != count { rank = index + 1 }
            return RankedItem(item: item, dots: count, rank: rank, isTied: (sharing[count] ?? 0) > 1)
        }
    }

    /// How many groups have placed at least one dot in the vote on `prompt`.
    public func voters(prompt: String) -> Int {
        (dots[prompt] ?? [:]).values.filter { !$0.isEmpty }.count
    }
}
