/// A vote's dots: what a group has left, what each item has, and the ranking.
extension IdeaWall {
    /// The dots `group` has on items in the vote on `prompt` now, by item. Dots left on an item that
    /// has since left the vote (an idea hidden or withdrawn, a theme emptied, a vote reopened on the
    /// other kind of item) count for nothing and spend none of the group's budget.
    public func placed(by group: String, prompt: String) -> [VoteItem: Int] {
        (dots[prompt]?[group] ?? [:]).filter { isVotable($0.key, prompt: prompt) }
    }

    /// Every dot `group` has recorded on `prompt`, in the vote or not: what may still be taken off.
    public func recorded(by group: String, prompt: String) -> [VoteItem: Int] {
        dots[prompt]?[group] ?? [:]
    }

    /// How many of its dots `group` has not placed in the vote on `prompt`.
    public func remaining(for group: String, prompt: String) -> Int {
        guard let vote = votes[prompt] else { return 0 }
        return max(0, vote.dots - placed(by: group, prompt: prompt).values.reduce(0, +))
    }

    /// Whether an item is in the prompt's vote: of the kind the vote is on, and a shown idea of the
    /// prompt or a theme holding one.
    public func isVotable(_ item: VoteItem, prompt: String) -> Bool {
        switch (item, votes[prompt]?.on) {
        case let (.idea(id), .ideas?): idea(id).map { $0.isShown && $0.prompt == prompt } ?? false
        case let (.theme(name), .themes?): themes(prompt: prompt).contains(name)
        default: false
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
        (dots[prompt] ?? [:]).keys.filter { !placed(by: $0, prompt: prompt).isEmpty }.count
    }

    /// The most dots any group has on items of kind `on` in the prompt's vote, were it on them: the
    /// least budget a vote reopened on them may give.
    public func mostPlaced(prompt: String, on items: Vote.Items) -> Int {
        var wall = self
        if var vote = votes[prompt] {
            vote.on = items
            wall.votes[prompt] = vote
        }
        return (dots[prompt] ?? [:]).keys.map { wall.placed(by: $0, prompt: prompt).values.reduce(0, +) }.max() ?? 0
    }
}
