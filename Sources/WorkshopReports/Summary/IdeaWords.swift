/// The words every rendering of ideas shares, so the text summary, Markdown and HTML say the same.
public enum IdeaWords {
    /// The heading of the ideas in no theme.
    public static let unthemed = "In no theme"

    /// `7 ideas from 5 groups, 2 themes, 1 hidden`.
    public static func counts(_ prompt: PromptIdeas) -> String {
        let themes = prompt.themes.filter { $0.theme != nil }.count
        let hidden = prompt.ideas.filter(\.isHidden).count
        var parts = [plural(prompt.count, "idea") + " from " + plural(prompt.groups, "group")]
        if themes > 0 { parts.append(plural(themes, "theme")) }
        if hidden > 0 { parts.append("\(hidden) hidden") }
        return parts.joined(separator: ", ")
    }

    /// `Vote on themes, closed: 3 dots per group, 5 groups voted`.
    public static func voteLine(_ vote: PromptIdeas.VoteResult) -> String {
        let most = vote.perItem.map { ", at most \($0) on one item" } ?? ""
        return "Vote on \(vote.on.rawValue), \(vote.status): \(plural(vote.dotsEach, "dot")) per group\(most), "
            + "\(plural(vote.voters, "group")) voted"
    }

    /// Who wrote an idea and what it is about: `table-1 · Academic staff · about Drop-in desk · stage 2`.
    public static func source(_ idea: PromptIdeas.Entry, persona: (String) -> String, activity: (String) -> String) -> String {
        [idea.group, idea.persona.map(persona), idea.activity.map { "about " + activity($0) }, idea.stage.map { "stage " + $0 }]
            .compactMap { $0 }.joined(separator: " · ")
    }

    public static func plural(_ count: Int, _ word: String) -> String {
        "\(count) \(word)\(count == 1 ? "" : "s")"
    }
}
