import WorkshopModel

/// Why a session command was refused. Nothing is written when one is thrown.
public enum SessionError: Error, Hashable, Sendable, CustomStringConvertible {
    case journal(JournalError)
    case invalidID(Identifier.Invalid)
    case unknownSession(String, suggestion: String?, available: [String])
    case unknown(kind: String, text: String, suggestion: String?, hint: String)
    case ambiguous(kind: String, text: String, candidates: [String])
    /// No value was given where the session has several to choose from.
    case missing(kind: String, candidates: [String])
    /// A criterion was named in a plan that rates one thing per activity.
    case noCriteria(String)
    case notOnScale(answer: String, scale: String, keys: [String])
    case nothingToUndo(person: String)
    case nothingToRedo(person: String)
    case closed(String)
    case refused(String)
    case noAnswerToWithdraw(cell: String)
    case alreadyExists(kind: String, id: String)
    /// An action id or number this session does not know.
    case unknownAction(String, suggestion: String? = nil, known: [String] = [])
    /// Free text longer than its field takes (`TextLimit`).
    case tooLong(TextLimit.Field, count: Int)

    public var description: String {
        switch self {
        case let .journal(error):
            return error.description
        case let .invalidID(invalid):
            return invalid.description
        case let .unknownSession(name, suggestion, available):
            if let suggestion { return "unknown session '\(name)'; did you mean '\(suggestion)'?" }
            if available.isEmpty { return "unknown session '\(name)'; none started yet: try 'workshop start PLAN'" }
            return "unknown session '\(name)'; sessions: \(available.joined(separator: ", "))"
        case let .unknown(kind, text, suggestion, hint):
            return "unknown \(kind) '\(text)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; \(hint)")
        case let .ambiguous(kind, text, candidates):
            return "\(kind) '\(text)' is ambiguous: \(candidates.joined(separator: ", ")); type more of it"
        case let .missing(kind, candidates):
            return "which \(kind)? \(candidates.joined(separator: ", "))"
        case let .noCriteria(text):
            return "criterion '\(text)': this plan rates one thing per activity, so it takes no criterion"
        case let .notOnScale(answer, scale, keys):
            return "answer '\(answer)' is not on the scale '\(scale)'; use \(keys.joined(separator: ", ")) or ? for unsure"
        case let .nothingToUndo(person):
            return "nothing to undo for '\(person)'"
        case let .nothingToRedo(person):
            return "nothing to redo for '\(person)' (redo follows undo, before any new change)"
        case let .noAnswerToWithdraw(cell):
            return "\(cell) has no answer to withdraw"
        case let .refused(message):
            return message
        case let .closed(id):
            return "session '\(id)' is closed; 'undo' reopens it"
        case let .unknownAction(text, suggestion, known):
            if let suggestion { return "unknown action '\(text)'; did you mean '\(suggestion)'?" }
            if known.isEmpty { return "unknown action '\(text)'; this session has no actions yet" }
            return "unknown action '\(text)'; actions here: \(known.joined(separator: ", "))"
        case let .alreadyExists(kind, id):
            return "\(kind) '\(id)' already exists in this session"
        case let .tooLong(field, count):
            return "\(field.name) is \(count) characters; keep it to \(field.limit) (shorten it, or split it in two)"
        }
    }
}
