/// A dot vote on one prompt's ideas or themes, as opened by the facilitator.
public struct Vote: Hashable, Sendable, Codable {
    /// What the dots are placed on.
    public enum Items: String, Hashable, Sendable, Codable, CaseIterable {
        case ideas, themes
    }

    public var prompt: String
    public var on: Items
    /// Dots each group may place.
    public var dots: Int
    /// The most dots one group may place on one item; nil when any number may go on one.
    public var perItem: Int?
    /// The projector shows no running count until the vote closes.
    public var hidesCount: Bool
    public var isOpen: Bool

    public init(prompt: String, on: Items, dots: Int, perItem: Int? = nil, hidesCount: Bool = false, isOpen: Bool = true) {
        (self.prompt, self.on, self.dots, self.perItem, self.hidesCount, self.isOpen) = (prompt, on, dots, perItem, hidesCount, isOpen)
    }

    /// The most dots a vote may give each group.
    public static let mostDots = 100

    /// Dots a group gets when neither the plan nor the facilitator says.
    public static let defaultDots = 3
}

/// What a dot is placed on: an idea (by its record id) or a theme (by its name).
public enum VoteItem: Hashable, Sendable, Codable, Comparable {
    case idea(UInt64)
    case theme(String)
}

/// One item's place in a vote's results: items with as many dots share a rank ("1=").
public struct RankedItem: Hashable, Sendable {
    public var item: VoteItem
    public var dots: Int
    /// 1 for the most dots; tied items share the rank and the next rank skips (1, 1, 3).
    public var rank: Int
    public var isTied: Bool

    /// "1" or "1=" when tied.
    public var rankLabel: String { "\(rank)" + (isTied ? "=" : "") }
}
