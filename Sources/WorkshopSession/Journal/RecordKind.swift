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
    /// Removes the free text of the record named by `target`, for good (format 3): the one record
    /// that comes with a rewrite of the journal, blanking that text in place.
    case redact
    /// The head of one change made of several lines (a `row`, format 4): the `lines` records after it,
    /// each marked with its id in `batch`, are applied whole or not at all.
    case batch
    /// A merge's decision about another copy's groups (format 4): `--same-groups` or `--room NAME`,
    /// applied when that copy is merged again. Changes nothing when replayed.
    case mergeRule = "merge-rule"

    /// Whether `undo` can take this record back.
    public var isUndoable: Bool {
        switch self {
        case .answer, .withdraw, .note, .addActivity, .addGroup, .close, .weight, .action, .review, .batch: return true
        case .start, .undo, .redo, .carry, .redact, .mergeRule: return false
        }
    }

    /// The fields of this kind that hold free text someone typed, which `redact` blanks. Ids, answers,
    /// times and names of people are not free text.
    package var freeTextFields: [LineFields.Field] {
        switch self {
        case .note: return [.text]
        case .answer, .review: return [.note]
        case .action, .carry: return [.text, .owner]
        case .addActivity: return [.title, .description]
        case .start, .withdraw, .addGroup, .undo, .redo, .close, .weight, .redact, .batch, .mergeRule: return []
        }
    }

    /// The journal format that introduced this kind: a line of a kind newer than format 2 says so
    /// with its own `format`, so a reader that does not know the kind can tell a newer writer from damage.
    package var introducedIn: Int {
        switch self {
        case .batch, .mergeRule: return 4
        case .redact: return 3
        case .action, .carry, .review: return 2
        default: return 1
        }
    }

    /// Whether `redact` can blank anything of a record of this kind.
    public var holdsFreeText: Bool { !freeTextFields.isEmpty }
}

extension RecordKind {
    /// The kind a line's `"type"` bytes name, without making a String (replay does this every line).
    package init?(bytes: UnsafeRawBufferPointer) {
        guard let first = bytes.first else { return nil }
        let candidate: RecordKind
        switch (bytes.count, first) {
        case (6, UInt8(ascii: "a")): candidate = bytes[1] == UInt8(ascii: "n") ? .answer : .action
        case (6, UInt8(ascii: "r")): candidate = bytes[2] == UInt8(ascii: "v") ? .review : .redact
        case (4, UInt8(ascii: "n")): candidate = .note
        case (4, UInt8(ascii: "u")): candidate = .undo
        case (4, UInt8(ascii: "r")): candidate = .redo
        case (8, UInt8(ascii: "w")): candidate = .withdraw
        case (5, UInt8(ascii: "s")): candidate = .start
        case (5, UInt8(ascii: "b")): candidate = .batch
        case (5, UInt8(ascii: "c")): candidate = bytes[1] == UInt8(ascii: "l") ? .close : .carry
        case (6, UInt8(ascii: "w")): candidate = .weight
        case (12, UInt8(ascii: "a")): candidate = .addActivity
        case (9, UInt8(ascii: "a")): candidate = .addGroup
        case (10, UInt8(ascii: "m")): candidate = .mergeRule
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
        case .redact: return "redact"
        case .batch: return "batch"
        case .mergeRule: return "merge-rule"
        }
    }
}
