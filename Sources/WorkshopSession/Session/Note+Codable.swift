/// The summary's JSON form of a note (`docs/SUMMARY-JSON.md`): one flat object, the target's fields
/// beside the text, the time as ISO 8601 text. Written by hand to keep that layout, which predates
/// `NoteTarget`, byte for byte.
extension Note: Codable {
    private enum Key: String, CodingKey {
        case text, activity, persona, group, criterion, prompt, at, by
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(text, forKey: .text)
        try container.encodeIfPresent(target.activity, forKey: .activity)
        try container.encodeIfPresent(target.persona, forKey: .persona)
        try container.encodeIfPresent(target.group, forKey: .group)
        try container.encodeIfPresent(target.criterion, forKey: .criterion)
        try container.encodeIfPresent(target.prompt, forKey: .prompt)
        try container.encode(Timestamp.format(at), forKey: .at)
        try container.encode(by, forKey: .by)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Key.self)
        let time = try container.decode(String.self, forKey: .at)
        guard let at = Timestamp.parse(time) else {
            throw DecodingError.dataCorruptedError(
                forKey: .at, in: container, debugDescription: "not a time like 2026-11-23T11:40:01.523Z: '\(time)'")
        }
        self.init(
            text: try container.decode(String.self, forKey: .text),
            target: NoteTarget(
                activity: try container.decodeIfPresent(String.self, forKey: .activity),
                persona: try container.decodeIfPresent(String.self, forKey: .persona),
                group: try container.decodeIfPresent(String.self, forKey: .group),
                criterion: try container.decodeIfPresent(String.self, forKey: .criterion),
                prompt: try container.decodeIfPresent(String.self, forKey: .prompt)),
            at: at, by: try container.decode(String.self, forKey: .by))
    }
}
