/// What a typed word names among ids: the id itself, the one id it starts, or several. The one rule
/// for sessions, plans, activities, personas, groups, criteria, prompts and command names.
public enum PrefixMatch: Hashable, Sendable {
    case exact(String)
    case unique(String)
    case ambiguous([String])
    case none

    /// Matches `text` against `ids`: an exact id wins over prefixes; an empty text matches nothing.
    public init(_ text: String, among ids: some Sequence<String>) {
        var matches: [String] = []
        for id in ids {
            if id == text {
                self = .exact(id)
                return
            }
            if !text.isEmpty, id.hasPrefix(text), !matches.contains(id) { matches.append(id) }
        }
        switch matches.count {
        case 0: self = .none
        case 1: self = .unique(matches[0])
        default: self = .ambiguous(matches)
        }
    }

    /// The id named, exactly or by a unique prefix.
    public var id: String? {
        switch self {
        case let .exact(id), let .unique(id): return id
        case .ambiguous, .none: return nil
        }
    }
}
