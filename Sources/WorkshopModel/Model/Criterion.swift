/// One of several things rated per activity (e.g. value, reach, effort).
public struct Criterion: Hashable, Sendable, Codable {
    public var id: String
    public var title: String
    public var weight: Double

    public init(id: String, title: String, weight: Double = 1) {
        self.id = id
        self.title = title
        self.weight = weight
    }
}
