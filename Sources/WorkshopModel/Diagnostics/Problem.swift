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
    /// `timezone:` names no zone this machine knows (IANA names, `Europe/London`).
    case invalidTimeZone(value: String, suggestion: String?)
    /// `title: Research cafés: what works`: a second `: ` in an unquoted value (`value` is the whole value).
    case colonInValue(key: String, value: String)
    /// A line indented where YAML cannot take it; `reason` says how it sits against the lines above.
    case badIndentation(reason: String)
    /// `title: Room #3`: a ` #` that starts a comment and cut the value to `kept` (empty for `label: #1`).
    case commentSwallowed(key: String, kept: String, whole: String)
    /// `needs: Quick wins`: one text where a list is expected, read as a list of one.
    case textForList(key: String, value: String)
    /// A file in personas/ or sessions/ that the loader does not read, and why.
    case ignoredFile(reason: String)

    /// Unknown keys, hidden characters, unknown tags and what is read but probably meant otherwise
    /// are only warnings: the file still loads.
    public var severity: Diagnostic.Severity {
        switch self {
        case .unknownKey, .controlCharacter, .unknownTag, .commentSwallowed, .textForList, .ignoredFile: return .warning
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
        case let .invalidTimeZone(value, suggestion):
            return "unknown time zone '\(value)'" + (suggestion.map { "; did you mean '\($0)'?" }
                ?? "; write an IANA name such as 'Europe/London', 'America/New_York' or 'UTC'")
        case let .colonInValue(key, value):
            return "a ': ' inside the value of '\(key)' starts another key; put the \(key) in quotes: \(key): \(Self.quoted(value))"
        case let .badIndentation(reason):
            return "indentation: \(reason)"
        case let .commentSwallowed(key, kept, whole):
            let reading = kept.isEmpty ? "'\(key)' is empty" : "'\(key)' reads as '\(kept)'"
            return "\(reading): a '#' after a space starts a comment; quote it: \(key): \(Self.quoted(whole))"
        case let .textForList(key, value):
            return "'\(key)' takes a list; the one text is read as a list of one: write \(key): [\(Self.flowItem(value))], "
                + "or '- \(value)' on the line below"
        case let .ignoredFile(reason):
            return "ignored: \(reason)"
        case let .unknownTag(tag):
            return "YAML tag '\(tag)' is ignored: only YAML's core tags (!!str, !!int, ...) mean anything here; remove it"
        }
    }

    /// Whether printing the file's own line, with a caret under the column, helps to see the problem.
    public var showsLine: Bool {
        switch self {
        case .yamlSyntax, .colonInValue, .badIndentation, .commentSwallowed: return true
        default: return false
        }
    }

    /// `text` as a YAML quoted value: in double quotes, or in single quotes (a quote doubled) when
    /// it holds a double quote or a backslash, which double quotes would read as an escape.
    package static func quoted(_ text: String) -> String {
        guard text.contains("\"") || text.contains("\\") else { return "\"" + text + "\"" }
        return "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// `text` as one item of a flow list (`[Quick wins]`), quoted when a comma, bracket or the like
    /// would otherwise split or end it.
    package static func flowItem(_ text: String) -> String {
        text.contains(where: { ",[]{}#:&*!|>'\"%@`".contains($0) }) ? quoted(text) : text
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
