/// A free-text question put to the room, such as "what would you find useful?".
public struct Prompt: Hashable, Sendable, Codable {
    public var id: String
    public var text: String

    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}
