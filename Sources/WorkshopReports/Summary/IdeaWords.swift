import WorkshopMessages

/// The words every rendering of ideas shares, so the text summary, Markdown and HTML say the same;
/// in English for the terminal, in a report's language for a report.
public enum IdeaWords {
    /// The heading of the ideas in no theme.
    public static var unthemed: String { unthemed(.english) }
    public static func unthemed(_ words: Messages) -> String { words["report.ideas.unthemed"] }

    /// `7 ideas from 5 groups, 2 themes, 1 hidden`.
    public static func counts(_ prompt: PromptIdeas, _ words: Messages = .english) -> String {
        let themes = prompt.themes.filter { $0.theme != nil }.count
        let hidden = prompt.ideas.filter(\.isHidden).count
        var parts = [words["report.ideas.from", ["ideas": words.count("report.ideas.ideas", prompt.count),
                                                 "groups": words.count("report.ideas.groups", prompt.groups)]]]
        if themes > 0 { parts.append(words.count("report.ideas.themes", themes)) }
        if hidden > 0 { parts.append(words.count("report.ideas.hidden_count", hidden)) }
        return parts.joined(separator: words["report.list.separator"])
    }

    /// `Vote on themes, closed: 3 dots per group, 5 groups voted`.
    public static func voteLine(_ vote: PromptIdeas.VoteResult, _ words: Messages = .english) -> String {
        let most = vote.perItem.map { words["report.ideas.at_most", ["count": String($0)]] } ?? ""
        return words["report.ideas.vote_line", [
            "items": words["report.ideas.on.\(vote.on.rawValue)"], "status": words["report.ideas.status.\(vote.status)"],
            "dots": words.count("report.ideas.dots", vote.dotsEach), "most": most,
            "voters": words.count("report.ideas.voters", vote.voters),
        ]]
    }

    /// Who wrote an idea and what it is about: `table-1 · Academic staff · about Drop-in desk · stage 2`.
    public static func source(_ idea: PromptIdeas.Entry, persona: (String) -> String, activity: (String) -> String,
                              _ words: Messages = .english) -> String {
        [idea.group, idea.persona.map(persona), idea.activity.map { words["report.ideas.about", ["activity": activity($0)]] },
         idea.stage.map { words["report.ideas.stage", ["stage": $0]] }]
            .compactMap { $0 }.joined(separator: " · ")
    }

    public static func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}
