import WorkshopModel

/// A vote's lines: one vote open at a time, and a group's dots held to the vote's budget.
extension RecordEncoder {
    func addVote(_ vote: Vote, wall: IdeaWall, to line: inout JSONLine) throws(SessionError) {
        let open = wall.openVote
        if vote.isOpen {
            guard state.plan.prompts.contains(where: { $0.id == vote.prompt }) else {
                throw .unknown(kind: "prompt", text: vote.prompt, suggestion: nil,
                               hint: "prompts: \(state.plan.prompts.map(\.id).joined(separator: ", "))")
            }
            if let open {
                throw .refused(open.prompt == vote.prompt ? "voting on '\(vote.prompt)' is already open; 'vote close' ends it"
                    : "voting is open on '\(open.prompt)'; 'vote close' first, then open '\(vote.prompt)'")
            }
            // A vote reopened keeps the dots placed before: its budget must hold them.
            let placed = wall.mostPlaced(prompt: vote.prompt, on: vote.on)
            if placed > vote.dots {
                throw .refused("a group already has \(placed) dots on these \(vote.on.rawValue) of '\(vote.prompt)'; "
                    + "open the vote with --dots \(placed) or more")
            }
            let items = vote.on == .ideas ? wall.listed(prompt: vote.prompt).count : wall.themes(prompt: vote.prompt).count
            guard items > 0 else {
                throw .refused(vote.on == .ideas ? "'\(vote.prompt)' has no ideas to vote on yet"
                    : "'\(vote.prompt)' has no themes to vote on yet: 'theme NAME %3 %7' makes one, or vote --on ideas")
            }
            guard vote.dots >= 1, vote.dots <= Vote.mostDots else { throw .refused("a vote gives each group 1 to \(Vote.mostDots) dots") }
            if let most = vote.perItem, most < 1 { throw .refused("at least 1 dot must fit on one item") }
        } else {
            guard let open, open.prompt == vote.prompt else { throw .refused("no vote is open; 'vote open PROMPT' opens one") }
        }
        line.add("prompt", vote.prompt)
        line.add("on", vote.on.rawValue)
        line.add("status", vote.isOpen ? "open" : "closed")
        line.add("count", String(vote.dots))
        line.add("most", vote.perItem.map(String.init))
        line.add("hide", vote.hidesCount ? "count" : nil)
    }

    func addDots(group: String, prompt: String, item: VoteItem, count: Int, wall: IdeaWall, to line: inout JSONLine)
        throws(SessionError)
    {
        guard let vote = wall.votes[prompt], vote.isOpen else { throw .refused("voting on '\(prompt)' is not open") }
        guard state.activeGroups.contains(group) else {
            throw .unknown(kind: "group", text: group, suggestion: nil, hint: "groups: \(state.activeGroups.joined(separator: ", "))")
        }
        guard count >= 0 else { throw .refused("a number of dots is 0 or more") }
        // Dots left on an item that has left the vote can always be taken off.
        let takingOff = count == 0 && wall.recorded(by: group, prompt: prompt)[item] != nil
        if !takingOff {
            switch (item, vote.on) {
            case (.idea, .ideas), (.theme, .themes): break
            default: throw .refused("this vote is on \(vote.on.rawValue); dots go on \(vote.on == .ideas ? "ideas" : "themes")")
            }
            guard wall.isVotable(item, prompt: prompt) else { throw .refused("that item is not in the vote on '\(prompt)'") }
        }
        if count > vote.dots { throw .refused("\(count) dots is more than the \(vote.dots) each group has in this vote") }
        if let most = vote.perItem, count > most {
            throw .refused("at most \(most) dot\(most == 1 ? "" : "s") on one item in this vote")
        }
        let placed = wall.placed(by: group, prompt: prompt)
        let spent = placed.values.reduce(0, +) - (placed[item] ?? 0) + count
        guard spent <= vote.dots else {
            throw .refused("\(group) has \(vote.dots) dots and \(wall.remaining(for: group, prompt: prompt)) left; "
                + "take one off another item first")
        }
        line.add("group", group)
        line.add("prompt", prompt)
        switch item {
        case let .idea(id): line.add("idea", RecordID.format(id))
        case let .theme(name): line.add("target", name)
        }
        line.add("count", String(count))
    }
}
