import WorkshopKit

/// How a prompt's latest vote stands, as `vote` and `vote close` print it: the terms, the ranking
/// (ties as "1="), and the dots each group has left while it is open.
struct VoteRenderer {
    var state: SessionState
    var prompt: String
    var width: Int

    var lines: [String] {
        let wall = state.ideaWall
        guard let vote = wall.votes[prompt] else { return [] }
        let groups = state.activeGroups
        var lines = ["vote on the \(vote.on.rawValue) of \(prompt): \(vote.isOpen ? "open" : "closed"), \(dotCount(vote.dots)) a group"
            + (vote.perItem.map { ", at most \($0) on one" } ?? "")
            + "; \(wall.voters(prompt: prompt)) of \(groups.count) group\(groups.count == 1 ? "" : "s") voted"]
        let ranking = wall.ranking(prompt: prompt)
        let rankWidth = ranking.map { $0.rankLabel.count }.max() ?? 1
        for place in ranking {
            lines.append("  " + pad(place.rankLabel, rankWidth) + "  " + name(place.item, wall: wall) + "  [\(dotCount(place.dots))]")
        }
        if vote.isOpen {
            let left = groups.map { "\($0) \(wall.remaining(for: $0, prompt: prompt))" }
            lines.append("dots left: " + left.joined(separator: ", "))
        }
        return Wrap.fit(lines.map(TerminalText.clean), width: width)
    }

    private func name(_ item: VoteItem, wall: IdeaWall) -> String {
        switch item {
        case let .theme(name): return name
        case let .idea(id):
            guard let idea = wall.idea(id) else { return RecordID.format(id) }
            return "\(idea.label) \(idea.group): \(idea.text.replacingOccurrences(of: "\n", with: " "))"
        }
    }
}
