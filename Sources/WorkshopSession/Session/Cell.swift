import WorkshopModel

/// One place in the matrix: an activity rated for a persona by a group, on one criterion.
public struct Cell: Hashable, Sendable {
    public var activity: String
    public var persona: String
    public var group: String
    /// Nil when the plan rates one implicit criterion.
    public var criterion: String?

    public init(activity: String, persona: String, group: String, criterion: String? = nil) {
        self.activity = activity
        self.persona = persona
        self.group = group
        self.criterion = criterion
    }

    /// `drop-in · undergraduate · table-3`: how confirmations, the log and errors write a cell.
    public var display: String {
        [activity, persona, group, criterion].compactMap { $0 }.joined(separator: " · ")
    }
}

/// An answer as recorded: a level of the scale, or "unsure".
public enum Answer: Hashable, Sendable {
    /// The index of the level in `Scale.levels`, lowest first.
    case level(Int)
    case unsure

    /// The key a facilitator types for this answer on `scale`.
    public func key(on scale: Scale) -> String {
        switch self {
        case let .level(index): return scale.levels[index].key
        case .unsure: return Scale.unsureKey
        }
    }

    /// "4" or "Green (g)" or "unsure (?)": what the prompt shows.
    public func display(on scale: Scale) -> String {
        switch self {
        case let .level(index):
            let level = scale.levels[index]
            return level.key == level.label ? level.key : "\(level.label) (\(level.key))"
        case .unsure:
            return "unsure (?)"
        }
    }
}
