import WorkshopModel

/// What a journal line records. The raw value is the line's `"type"`. What the journal needs to know
/// of each kind is one row of `RecordKind+Table`; a new kind goes last (a checkpoint stores a kind as
/// its position here).
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
    public var isUndoable: Bool { row.undoable }

    /// The fields of this kind that hold free text someone typed, which `redact` blanks. Ids, answers,
    /// times and names of people are not free text.
    package var freeTextFields: [LineFields.Field] { text.free }

    /// The fields of this kind whose text a new record is held to `TextLimit` in, each with its limit.
    package var textLimits: [(LineFields.Field, TextLimit.Field)] { text.limits }

    /// The journal format that introduced this kind: a line of a kind newer than format 2 says so
    /// with its own `format`, so a reader that does not know the kind can tell a newer writer from damage.
    package var introducedIn: Int { row.format }

    /// Whether a closed session still takes a record of this kind.
    package var appliesWhenClosed: Bool { row.whenClosed }

    /// Whether `redact` can blank anything of a record of this kind.
    public var holdsFreeText: Bool { !freeTextFields.isEmpty }
}

extension RecordKind {
    /// Every kind by its `"type"` bytes, from the table's literals.
    private static let types = ByteKeys(allCases.map { ($0.row.type, $0) })

    /// The kind a line's `"type"` bytes name, without making a String (replay does this every line).
    @inline(__always)
    package init?(bytes: UnsafeRawBufferPointer) {
        guard let kind = Self.types.value(of: bytes) else { return nil }
        self = kind
    }
}
