
/// The words a page or a report writes, in one language: `messages["room.saved", ["answer": "4"]]`,
/// `messages.count("room.answered", 3, ["total": "14"])`. A key the language lacks is taken from
/// English; a key English lacks is a programming error shown as the key itself (tests catch it).
public struct Messages: Sendable {
    /// The language asked for (`cy`), as a page's `lang` attribute carries it.
    public let language: String
    private let catalogue: Catalogue?

    /// Messages in `language`, or in English where there is no catalogue for it.
    public init(_ language: String) {
        let tag = Language.catalogue(for: language) ?? "en"
        self.language = tag
        catalogue = Catalogues.catalogue(tag)
    }

    /// Messages from a catalogue of one's own (a test's, or one a translator is trying out).
    public init(catalogue: Catalogue) {
        language = catalogue.language
        self.catalogue = catalogue
    }

    public static let english = Messages("en")

    /// The text of `key` with its placeholders filled.
    public subscript(_ key: String, _ values: [String: String] = [:]) -> String {
        switch message(key) {
        case .text(let text): return Self.fill(text, values)
        case .plural(let forms): return Self.fill(forms[.other] ?? key, values)
        case nil: return key
        }
    }

    /// The form of `key` for `count` in this language's plural rules; `%{count}` is the number.
    public func count(_ key: String, _ count: Int, _ values: [String: String] = [:]) -> String {
        var values = values
        values["count"] = values["count"] ?? String(count)
        switch message(key) {
        case .plural(let forms):
            let category = PluralRule.category(count, language: language)
            return Self.fill(forms[category] ?? forms[.other] ?? key, values)
        case .text(let text): return Self.fill(text, values)
        case nil: return key
        }
    }

    /// Whether this language has its own text for `key` (not English's).
    public func has(_ key: String) -> Bool { catalogue?.messages[key] != nil }

    /// Every message under `prefix` (`room.js.`), by its key without the prefix: the words a page's
    /// script writes, handed to it in the page.
    public func all(under prefix: String) -> [String: Catalogue.Message] {
        var found: [String: Catalogue.Message] = [:]
        for (key, message) in Catalogues.english.messages where key.hasPrefix(prefix) {
            found[String(key.dropFirst(prefix.count))] = catalogue?.messages[key] ?? message
        }
        return found
    }

    private func message(_ key: String) -> Catalogue.Message? {
        catalogue?.messages[key] ?? Catalogues.english.messages[key]
    }

    /// `%{name}` replaced by its value; a name without one is left as written.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        guard text.contains("%{") else { return text }
        var result = ""
        var rest = Substring(text)
        while let start = rest.range(of: "%{"), let end = rest[start.upperBound...].firstIndex(of: "}") {
            result += rest[..<start.lowerBound]
            let name = String(rest[start.upperBound..<end])
            result += values[name] ?? "%{\(name)}"
            rest = rest[rest.index(after: end)...]
        }
        return result + rest
    }
}
