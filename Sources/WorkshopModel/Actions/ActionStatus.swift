import WorkshopSupport

/// What happened to an action by the next meeting.
public enum ActionStatus: String, CaseIterable, Hashable, Sendable {
    case done
    case inProgress = "in-progress"
    case carried
    case dropped

    /// Done and dropped close an action; in progress and carried keep it open for the next meeting.
    public var closes: Bool { self == .done || self == .dropped }

    /// The key guided review uses for it.
    public var key: Character {
        switch self {
        case .done: return "d"
        case .inProgress: return "p"
        case .carried: return "c"
        case .dropped: return "x"
        }
    }

    /// A status from what was typed: its name, a unique prefix, or its key (`d`, `p`, `c`, `x`).
    public init?(typed text: String) {
        let lowered = text.lowercased()
        if let byKey = Self.allCases.first(where: { String($0.key) == lowered }) {
            self = byKey
        } else if let name = PrefixMatch(lowered, among: Self.allCases.map(\.rawValue) + ["progress"]).id {
            self = name == "progress" ? .inProgress : Self(rawValue: name) ?? .done
        } else {
            return nil
        }
    }
}
