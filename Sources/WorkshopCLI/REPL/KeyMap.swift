import WorkshopKit

/// The keys guided rating takes: each level's own key, typed in full, and `?` for unsure. A key is
/// taken the moment it is typed unless it begins a longer key (1 on a 1-10 scale); then the walk
/// waits for the next key or Enter, with no timer, so 10 is never read as 1 and a slow hand never
/// loses a key. Works on bytes, so a key of any length or script can be typed.
struct KeyMap {
    /// What the keys typed so far amount to.
    enum Reading: Equatable {
        /// A whole key that begins no other: taken at once.
        case answer(Answer)
        /// The start of a longer key, perhaps a whole key as well (Enter takes that one).
        case partial
        /// No key begins so.
        case none
    }

    private var answers: [[UInt8]: Answer] = [Array(Scale.unsureKey.utf8): .unsure]
    /// Every proper prefix of a key: what makes the walk wait.
    private var prefixes: Set<[UInt8]> = []
    /// The scale's keys, as the header lists them.
    let legend: String
    /// The waiting rule in the header's words, when some key begins another.
    let rule: String?

    init(scale: Scale) {
        for (index, level) in scale.levels.enumerated() {
            let key = Array(level.key.utf8)
            answers[key] = .level(index)
            for end in key.indices.dropFirst() { prefixes.insert(Array(key[..<end])) }
        }
        legend = Self.legend(scale)
        let prefixes = prefixes
        rule = Self.rule(scale.levels.map(\.key).filter { prefixes.contains(Array($0.utf8)) })
    }

    /// What `typed` (the bytes pressed since the last answer) amounts to.
    func read(_ typed: [UInt8]) -> Reading {
        if prefixes.contains(typed) { return .partial }
        return answers[typed].map(Reading.answer) ?? .none
    }

    /// The answer whose key is exactly `typed`, for Enter.
    func answer(_ typed: [UInt8]) -> Answer? { answers[typed] }

    /// Whether some key (or `?`) starts with `byte`, so it is a key before it is a command (`q`).
    func begins(with byte: UInt8) -> Bool { read([byte]) != .none }

    private static func legend(_ scale: Scale) -> String {
        let numbers = scale.levels.map { level in level.label == level.key ? Int(level.key) : nil }
        if scale.levels.count > 11, let low = numbers.first ?? nil, numbers.compactMap({ $0 }) == Array(low..<(low + numbers.count)) {
            return "\(low)–\(low + numbers.count - 1) · ? unsure"
        }
        let parts = scale.levels.map { $0.label == $0.key ? $0.key : "\($0.key) \($0.label)" }
        return parts.joined(separator: " · ") + " · ? unsure"
    }

    private static func rule(_ waiting: [String]) -> String? {
        guard let first = waiting.first else { return nil }
        if waiting.count == 1 { return "\(first) waits for the next key or Enter" }
        if waiting.count <= 3 {
            return waiting.dropLast().joined(separator: ", ") + " and \(waiting[waiting.count - 1]) wait for the next key or Enter"
        }
        return "a key that begins a longer one (\(first), \(waiting[1]), …) waits for the next key or Enter"
    }
}
