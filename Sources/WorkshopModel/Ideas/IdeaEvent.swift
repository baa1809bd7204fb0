/// One idea, theme or vote record as replay read it: what `IdeaWall` is folded from, in journal order.
public enum IdeaEvent: Hashable, Sendable, Codable {
    case idea(Idea)
    case edit(idea: UInt64, text: String)
    case mark(idea: UInt64, IdeaMark)
    /// The ideas put in the theme `name`, or taken out of any theme when `name` is nil.
    case theme(name: String?, ideas: [UInt64])
    /// Every idea of theme `from` moved to theme `to` (a rename, or a merge when `to` exists).
    case renameTheme(from: String, to: String)
    /// A vote opened (or its settings changed) or closed.
    case vote(Vote)
    /// A group's dots on one item of a prompt's vote, set to `count` (0 takes them all back).
    case dots(group: String, prompt: String, item: VoteItem, count: Int)
}
