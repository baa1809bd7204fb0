/// What `serve` was told for a session, kept in the room's token file beside the tokens
/// (`RoomTokens.served`) and used again when the session is served next, unless the command line
/// says otherwise (`RoomSettings.Change`).
public struct RoomSettings: Codable, Equatable, Sendable {
    /// Group to persona, as `--assign` gave them (the plan's own `groups:` are read afresh each time).
    public var assignments: [String: String]
    public var hideResults: Bool
    /// Individuals mode's options; nil when the room serves tables.
    public var individuals: Individuals?

    /// `serve --individuals`: one room link, each phone its own rater.
    public struct Individuals: Codable, Equatable, Sendable {
        /// At most this many identities are handed out in the room (`--most-phones`).
        public var mostPhones: Int
        /// Personas handed out in turn, in counter order (`--assign-round-robin`), not chosen on the phone.
        public var roundRobin: Bool

        public static let defaultMostPhones = 1000

        public init(mostPhones: Int = defaultMostPhones, roundRobin: Bool = false) {
            self.mostPhones = mostPhones
            self.roundRobin = roundRobin
        }
    }

    public init(assignments: [String: String] = [:], hideResults: Bool = false, individuals: Individuals? = nil) {
        self.assignments = assignments
        self.hideResults = hideResults
        self.individuals = individuals
    }

    /// A file written before a key existed reads as that key's default.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: CodingKeys.self)
        assignments = try fields.decodeIfPresent([String: String].self, forKey: .assignments) ?? [:]
        hideResults = try fields.decodeIfPresent(Bool.self, forKey: .hideResults) ?? false
        individuals = try fields.decodeIfPresent(Individuals.self, forKey: .individuals)
    }
}

extension RoomSettings {
    /// What this `serve` says, over what was remembered: nil leaves a setting as it was.
    public struct Change: Sendable, Equatable {
        /// `--assign GROUP=PERSONA` sets one, `--assign GROUP=` (nil) forgets one.
        public var assign: [String: String?] = [:]
        public var hideResults: Bool?
        /// true: `--individuals`, false: `--tables`.
        public var individuals: Bool?
        public var mostPhones: Int?
        public var roundRobin: Bool?

        public init(assign: [String: String?] = [:], hideResults: Bool? = nil, individuals: Bool? = nil,
                    mostPhones: Int? = nil, roundRobin: Bool? = nil) {
            self.assign = assign
            self.hideResults = hideResults
            self.individuals = individuals
            self.mostPhones = mostPhones
            self.roundRobin = roundRobin
        }
    }

    /// These settings with `change` applied. An individuals option (`--most-phones`) does not
    /// switch the mode on by itself; `serve` refuses one given for a room of tables.
    public func applying(_ change: Change) -> RoomSettings {
        var result = self
        for (group, persona) in change.assign {
            result.assignments[group] = persona
        }
        if let hide = change.hideResults { result.hideResults = hide }
        let on = change.individuals ?? (individuals != nil)
        if on {
            var options = individuals ?? Individuals()
            if let most = change.mostPhones { options.mostPhones = most }
            if let roundRobin = change.roundRobin { options.roundRobin = roundRobin }
            result.individuals = options
        } else {
            result.individuals = nil
        }
        return result
    }
}
