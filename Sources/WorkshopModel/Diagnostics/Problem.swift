import WorkshopSupport

/// Something wrong with a persona or plan file, compared as a value in tests.
public enum Problem: Hashable, Sendable {
    case yamlSyntax(detail: String)
    case unreadable(detail: String)
    case emptyFile
    case wrongType(key: String, expected: String)
    case missingKey(key: String, in: String)
    case unknownKey(key: String, suggestion: String?)
    case invalidID(kind: String, id: String)
    case duplicateID(kind: String, id: String, firstLine: Int)
    case duplicateFile(name: String, first: String)
    case unknownPersona(id: String, suggestion: String?)
    case unknownScale(name: String, suggestion: String?)
    case emptyScale
    case malformedScale(reason: String)
    case emptyList(key: String)
    case invalidDate(value: String)
    case invalidWeight(value: String)
    /// A control or invisible format character (`ControlCharacters`), written raw or as an escape.
    case controlCharacter(code: UInt32)
    /// An explicit tag other than YAML's core ones (`!!python/object:os.system`, `!custom`).
    case unknownTag(tag: String)
    /// A `language:` that is not a BCP 47 tag such as `cy`, `en-GB` or `zh-Hans`.
    case invalidLanguage(value: String)

    /// Unknown keys, hidden characters and unknown tags are only warnings: the file still loads.
    public var severity: Diagnostic.Severity {
        switch self {
        case .unknownKey, .controlCharacter, .unknownTag: return .warning
        default: return .error
        }
    }

    /// The message, sentence case, values in single quotes, the fix last.
    public var message: String {
        switch self {
        case let .yamlSyntax(detail):
            return "YAML syntax: \(detail)"
        case let .unreadable(detail):
            return "cannot read file: \(detail)"
        case .emptyFile:
            return "file is empty; expected a mapping of keys such as 'name:' or 'title:'"
        case let .wrongType(key, expected):
            return "'\(key)' must be \(expected)"
        case let .missingKey(key, container):
            return "missing required key '\(key)' in \(container)"
        case let .unknownKey(key, suggestion):
            return "unknown key '\(key)' is ignored" + Self.didYouMean(suggestion)
        case let .invalidID(kind, id):
            return Identifier.Invalid(kind: kind, id: id).description
        case let .duplicateID(kind, id, firstLine):
            return "duplicate \(kind) '\(id)' (first on line \(firstLine)); rename one"
        case let .duplicateFile(name, first):
            return "'\(name)' has the same id as '\(first)'; rename or remove one"
        case let .unknownPersona(id, suggestion):
            return "unknown persona '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" }
                ?? "; add personas/\(id).yaml or remove it from 'personas'")
        case let .unknownScale(name, suggestion):
            return "unknown scale '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" }
                ?? "; use a range such as '1-5', one of 'agreement', 'rag', 'relevance', or a mapping with 'levels:'")
        case .emptyScale:
            return "scale has no levels; list at least two under 'levels:', lowest first"
        case let .malformedScale(reason):
            return "malformed scale: \(reason)"
        case let .emptyList(key):
            return "'\(key)' is empty; list at least one"
        case let .invalidDate(value):
            return "invalid date '\(value)'; write it as YYYY-MM-DD, e.g. '2015-11-19'"
        case let .invalidWeight(value):
            return "invalid weight '\(value)'; use a number of at least 0, e.g. 'weight: 2'"
        case let .controlCharacter(code):
            let character = Unicode.Scalar(code).map(ControlCharacters.describe) ?? "U+\(String(code, radix: 16))"
            let kind = code < 0xA0 ? "control character \(character) can drive a terminal"
                : "invisible character \(character) can reorder or hide text"
            return "\(kind); it is shown as a code, not obeyed: remove it"
        case let .invalidLanguage(value):
            return "invalid language '\(value)'; write a language tag such as 'en', 'cy', 'fr' or 'zh-Hans'"
        case let .unknownTag(tag):
            return "YAML tag '\(tag)' is ignored: only YAML's core tags (!!str, !!int, ...) mean anything here; remove it"
        }
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
