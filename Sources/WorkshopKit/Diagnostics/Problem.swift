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

    /// Unknown keys are only warnings, so a typo is reported without refusing the file.
    public var severity: Diagnostic.Severity {
        if case .unknownKey = self { return .warning }
        return .error
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
            return "invalid \(kind) id '\(id)'; use lower-case letters, digits, '-' or '_', e.g. 'table-3'"
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
        }
    }

    private static func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
