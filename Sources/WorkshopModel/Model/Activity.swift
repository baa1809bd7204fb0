/// Something the team has tried and the room rates, such as a drop-in desk.
public struct Activity: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var description: String
    /// An optional stage or category, e.g. a partnership-cycle stage.
    public var stage: String?
    public var tags: [String]

    public init(id: String, title: String, description: String = "", stage: String? = nil, tags: [String] = []) {
        self.id = id
        self.title = title
        self.description = description
        self.stage = stage
        self.tags = tags
    }
}
