import WorkshopModel
import WorkshopSupport

extension SessionState {
    /// The actions this session knows, agreed here or carried in, each with its latest review here;
    /// undone ones left out. In the order recorded: carried ones first, as they come in at start.
    public var actions: [Action] {
        actionBook.current { entries[Int($0)].active }
    }

    /// How many actions the series had agreed before this session, and how many were agreed here.
    public var actionNumbers: (before: Int, here: Int) {
        (actionBook.base, actionBook.agreedHere)
    }

    /// The action `text` names: its number (`3` or `#3`) or a unique prefix of its record id, at
    /// least four hex digits long, so a number is never taken for the start of an id.
    public func resolveAction(_ text: String) throws(SessionError) -> Action {
        let actions = self.actions
        let labels = actions.map(\.label)
        let number = text.hasPrefix("#") ? String(text.dropFirst()) : text
        if let wanted = Int(number), let found = actions.first(where: { $0.number == wanted }) { return found }
        let isIDPrefix = !text.hasPrefix("#") && text.count >= Self.shortestIDPrefix && text.allSatisfy(\.isHexDigit)
        let ids = isIDPrefix ? actions.map { RecordID.format($0.id) } : []
        switch PrefixMatch(text.lowercased(), among: ids) {
        case let .exact(id), let .unique(id):
            if let found = actions.first(where: { RecordID.format($0.id) == id }) { return found }
        case let .ambiguous(matches):
            let named = actions.filter { matches.contains(RecordID.format($0.id)) }.map(\.label)
            throw .ambiguous(kind: "action", text: text, candidates: named)
        case .none:
            break
        }
        throw .unknownAction(text, suggestion: Suggestion.closest(to: text.hasPrefix("#") ? text : "#" + text, in: labels),
                             known: labels)
    }

    /// How many hex digits of a record id name an action: fewer would clash with action numbers.
    public static let shortestIDPrefix = 4
}
