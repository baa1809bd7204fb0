import WorkshopModel
import WorkshopSupport

/// Turning what a facilitator typed for an idea (`%7`, `7`, a record-id prefix) or a theme (its
/// name or a unique prefix) into the session's own, with did-you-mean refusals as for actions.
extension SessionState {
    /// The idea `text` names: its number (`%7` or `7`) or a unique prefix of its record id, at least
    /// `shortestIDPrefix` hex digits long. Withdrawn ideas are refused by name; hidden ones are found.
    public func resolveIdea(_ text: String) throws(SessionError) -> Idea {
        let wall = ideaWall
        let ideas = wall.ideas
        let number = text.first == Idea.sigil ? String(text.dropFirst()) : text
        if let wanted = Int(number), let found = ideas.first(where: { $0.number == wanted }) {
            if found.isWithdrawn { throw .refused("idea \(found.label) was withdrawn by its group; it cannot be changed") }
            return found
        }
        let standing = ideas.filter { !$0.isWithdrawn }
        let isIDPrefix = text.first != Idea.sigil && text.count >= Self.shortestIDPrefix && text.allSatisfy(\.isHexDigit)
        let ids = isIDPrefix ? standing.map { RecordID.format($0.id) } : []
        switch PrefixMatch(text.lowercased(), among: ids) {
        case let .exact(id), let .unique(id):
            if let found = standing.first(where: { RecordID.format($0.id) == id }) { return found }
        case let .ambiguous(matches):
            let named = standing.filter { matches.contains(RecordID.format($0.id)) }.map(\.label)
            throw .ambiguous(kind: "idea", text: text, candidates: named)
        case .none:
            break
        }
        let labels = standing.map(\.label)
        let typed = text.first == Idea.sigil ? text : String(Idea.sigil) + text
        let hint = labels.isEmpty ? "this session has no ideas yet: 'idea TEXT' writes one"
            : "ideas here: \(labels.first ?? "") to \(labels.last ?? ""); 'ideas' lists them"
        throw .unknown(kind: "idea", text: text, suggestion: Int(number) == nil ? Suggestion.closest(to: typed, in: labels) : nil,
                       hint: hint)
    }

    /// The theme `text` names among the themes in use: its name, else a unique prefix of one.
    public func resolveTheme(_ text: String) throws(SessionError) -> String {
        let themes = ideaWall.allThemes
        let hint = themes.isEmpty ? "no themes yet: 'theme NAME %3 %7' makes one" : "themes: \(themes.joined(separator: ", "))"
        return try Self.resolve(text, among: themes, kind: "theme", hint: hint)
    }
}
