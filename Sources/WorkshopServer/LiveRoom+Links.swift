/// The links `serve` prints and the join cards page shows.
extension LiveRoom {
    /// What every link starts with: the public URL when `serve` was given one (a proxy's, path
    /// included), else the address the room listens on as phones name it.
    public var linkBase: String { venue.publicURL?.base ?? base }

    /// Each group's join link, in the session's order, with its persona when fixed; none in
    /// individuals mode (`roomLink` is the one link).
    public var joinLinks: [(group: String, persona: String?, link: String)] { joinLinks(under: linkBase) }

    /// The join links under `base`: the room's own, or the one a trusted proxy says the asker used.
    func joinLinks(under base: String) -> [(group: String, persona: String?, link: String)] {
        guard door == nil else { return [] }
        let state = gate.state
        return state.activeGroups.filter { !Self.isIndividual($0, in: state) }.compactMap { group in
            tokens.groups[group].map { (group, assignments[group], "\(base)/g/\($0)") }
        }
    }

    /// The room at this machine's other network addresses, when it listens on all of them and no
    /// public URL names it: a phone on another of the laptop's networks (its hotspot) uses one.
    public var otherBases: [String] {
        guard venue.publicURL == nil, let address = try? ListenAddress.parse(listening) else { return [] }
        return address.linkHosts.dropFirst().map { "\(venue.scheme)://\($0):\(address.port)" }
    }

    /// Why phones may not reach the links printed, in one line; nil when they name a network address.
    public var reachWarning: String? {
        guard venue.publicURL == nil, let address = try? ListenAddress.parse(listening) else { return nil }
        if loopbackOnly {
            return "phones cannot reach \(address.linkHost); listen on 0.0.0.0 or give --public-url"
        }
        guard address.linkHosts == ["127.0.0.1"] else { return nil }
        return "this machine has no network address, so phones cannot reach 127.0.0.1; "
            + "join the venue's network or start the laptop's hotspot, or give --public-url"
    }

    /// The link a phone opens to prove it reaches the room (`PhoneCheck`); nil when there is none.
    public var checkLink: String? { venue.check.map { "\(linkBase)/check/\($0.token)" } }

    public var projectorLink: String { "\(linkBase)/f/\(tokens.facilitator)" }
    public var cardsLink: String { "\(linkBase)/f/\(tokens.facilitator)/cards" }

    /// The one link of a room of individuals (`/join/TOKEN`); nil when the room serves tables.
    public var roomLink: String? { roomLink(under: linkBase) }

    func roomLink(under base: String) -> String? {
        guard door != nil, let join = tokens.join else { return nil }
        return "\(base)/join/\(join)"
    }
}
