import WorkshopSession

/// One cell of the persona × activity matrix (on one criterion, when the plan has criteria): what a
/// comparison matches between sessions.
public struct MatrixCell: Hashable, Sendable, Codable {
    public var activity: String
    public var persona: String
    public var criterion: String?

    public init(activity: String, persona: String, criterion: String? = nil) {
        self.activity = activity
        self.persona = persona
        self.criterion = criterion
    }
}
