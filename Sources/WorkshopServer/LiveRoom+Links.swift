/// The links `serve` prints and the join cards page shows.
extension LiveRoom {
    /// Each group's join link, in the session's order, with its persona when fixed; none in
    /// individuals mode (`roomLink` is the one link).
    public var joinLinks: [(group: String, persona: String?, link: String)] {
        guard door == nil else { return [] }
        let state = gate.state
        return state.activeGroups.filter { !Self.isIndividual($0, in: state) }.compactMap { group in
            tokens.groups[group].map { (group, assignments[group], "\(base)/g/\($0)") }
        }
    }

    public var projectorLink: String { "\(base)/f/\(tokens.facilitator)" }
    public var cardsLink: String { "\(base)/f/\(tokens.facilitator)/cards" }

    /// The one link of a room of individuals (`/join/TOKEN`); nil when the room serves tables.
    public var roomLink: String? {
        guard door != nil, let join = tokens.join else { return nil }
        return "\(base)/join/\(join)"
    }
}
