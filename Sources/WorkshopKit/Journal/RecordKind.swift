/// What a journal line records. The raw value is the line's `"type"`.
public enum RecordKind: String, Sendable, CaseIterable {
    /// The first line: the plan and personas as used, so later edits never change an old session.
    case start
    /// An answer for one cell (activity, persona, group, criterion); a later one replaces it.
    case answer
    /// The cell's answer is taken back, leaving the cell empty.
    case withdraw
    /// Free text on the session, an activity, a persona, a group, a cell or a prompt.
    case note
    case addActivity = "add-activity"
    case addGroup = "add-group"
    /// Reverts the record named by `target`.
    case undo
    /// Re-applies the record named by `target` after an undo.
    case redo
    case close
    /// Sets a persona's weight for this session's summaries (the persona file is unchanged).
    case weight
    /// An action agreed at this meeting: text, and optionally an owner, a due date and what it is about.
    case action
    /// An action still open from an earlier meeting of the series, brought in when this one started.
    case carry
    /// What happened to an action: done, in progress, carried or dropped, with an optional note.
    case review

    /// Whether `undo` can take this record back.
    public var isUndoable: Bool {
        switch self {
        case .answer, .withdraw, .note, .addActivity, .addGroup, .close, .weight, .action, .review: return true
        case .start, .undo, .redo, .carry: return false
        }
    }
}

extension RecordKind {
    /// The kind a line's `"type"` bytes name, without making a String (replay does this every line).
    init?(bytes: UnsafeRawBufferPointer) {
        guard let first = bytes.first else { return nil }
        let candidate: RecordKind
        switch (bytes.count, first) {
        case (6, UInt8(ascii: "a")): candidate = bytes[1] == UInt8(ascii: "n") ? .answer : .action
        case (6, UInt8(ascii: "r")): candidate = .review
        case (4, UInt8(ascii: "n")): candidate = .note
        case (4, UInt8(ascii: "u")): candidate = .undo
        case (4, UInt8(ascii: "r")): candidate = .redo
        case (8, UInt8(ascii: "w")): candidate = .withdraw
        case (5, UInt8(ascii: "s")): candidate = .start
        case (5, UInt8(ascii: "c")): candidate = bytes[1] == UInt8(ascii: "l") ? .close : .carry
        case (6, UInt8(ascii: "w")): candidate = .weight
        case (12, UInt8(ascii: "a")): candidate = .addActivity
        case (9, UInt8(ascii: "a")): candidate = .addGroup
        default: return nil
        }
        guard Bytes.equal(bytes, candidate.literal) else { return nil }
        self = candidate
    }

    private var literal: StaticString {
        switch self {
        case .start: return "start"
        case .answer: return "answer"
        case .withdraw: return "withdraw"
        case .note: return "note"
        case .addActivity: return "add-activity"
        case .addGroup: return "add-group"
        case .undo: return "undo"
        case .redo: return "redo"
        case .close: return "close"
        case .weight: return "weight"
        case .action: return "action"
        case .carry: return "carry"
        case .review: return "review"
        }
    }
}
