/// A point of view that a group adopts while rating activities.
public struct Persona: Hashable, Sendable, Codable {
    /// The id, taken from the file name (`personas/phd-candidate.yaml` is `phd-candidate`).
    public var id: String
    public var name: String
    public var summary: String
    public var needs: [String]
    public var pains: [String]
    /// Share of this persona when personas are combined into one standing.
    public var weight: Double
    public var tags: [String]
    /// The language the persona file is written in, where it differs from the plan's (`language: fr`).
    public var language: String?

    public init(
        id: String, name: String, summary: String = "", needs: [String] = [], pains: [String] = [],
        weight: Double = 1, tags: [String] = []
    ) {
        self.id = id
        self.name = name
        self.summary = summary
        self.needs = needs
        self.pains = pains
        self.weight = weight
        self.tags = tags
    }
}
