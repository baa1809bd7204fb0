/// Why one journal line cannot be replayed.
public enum ReplayProblem: Error, Hashable, Sendable, CustomStringConvertible {
    case notJSON
    case notAnObject
    case wrongType(key: String)
    case missing(key: String)
    case unknownType(String)
    case badValue(key: String, value: String)
    case unknown(kind: String, id: String)
    case answerNotOnScale(String)
    case noStart
    case secondStart
    case unknownTarget(String)
    case closed
    /// More ids of one kind (activities, groups...) than a session can index.
    case tooMany(kind: String, limit: Int)
    /// A record kind this version does not know, in a journal of a newer format than it reads.
    case newerFormat(kind: String, format: Int, writer: String?)
    /// A byte that is not valid UTF-8, at this column (1-based, in bytes) of the line.
    case invalidUTF8(column: Int)
    /// An undo or redo of a record that cannot be taken back (a redaction, a carried action).
    case notUndoable(kind: String, id: String)
    /// A redaction of a record with no free text, or of one that is not before it.
    case notRedactable(kind: String, id: String)
    /// A line of a batch (a row's lines, format 4) out of its place, or another line inside one.
    case badBatch(String)

    public var description: String {
        switch self {
        case .notJSON: return "not valid JSON"
        case .notAnObject: return "not a JSON object"
        case let .wrongType(key): return "'\(key)' must be text"
        case let .missing(key): return "missing '\(key)'"
        case let .unknownType(type): return "unknown record type '\(type)'"
        case let .badValue(key, value): return "bad '\(key)' value '\(value)'"
        case let .unknown(kind, id): return "unknown \(kind) '\(id)'"
        case let .answerNotOnScale(answer): return "answer '\(answer)' is not on the session's scale"
        case .noStart: return "the first record must be the session's 'start'"
        case .secondStart: return "a second 'start' record"
        case let .unknownTarget(id): return "undo or redo names record '\(id)', which is not before it"
        case .closed: return "a change after the session was closed"
        case let .tooMany(kind, limit): return "too many \(kind) ids in one session (at most \(limit))"
        case let .newerFormat(kind, format, writer):
            return "record kind '\(kind)' is from journal format \(format)\(writer.map { ", written by \($0)" } ?? ""); "
                + "this is workshop \(JournalFormat.writer), which reads up to format \(JournalFormat.current)"
        case let .invalidUTF8(column): return "not valid UTF-8 at byte \(column) of the line"
        case let .notUndoable(kind, id): return "undo or redo names record '\(id)', a \(kind), which cannot be taken back"
        case let .notRedactable(kind, id): return "redact names record '\(id)', a \(kind) with no text to remove"
        case let .badBatch(reason): return reason
        }
    }

    /// The byte column within the line, when the problem has one.
    public var column: Int? {
        if case let .invalidUTF8(column) = self { return column }
        return nil
    }
}
