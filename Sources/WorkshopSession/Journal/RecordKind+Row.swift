import WorkshopModel

/// What a kind's row in the table (`RecordKind.row`, `RecordKind.text`) says, read as the kind's
/// properties; and a kind found from its `"type"` bytes by the table's literals.
extension RecordKind {
    /// The plain facts about a kind, all constants: read on replay's hot path (`isUndoable` for every
    /// line), so no arrays here (the text columns are in `TextRow`).
    package struct Row {
        /// The line's `"type"`, the kind's raw value.
        package var type: StaticString
        /// The journal format that introduced the kind.
        package var format = 1
        package var undoable = false
        /// Taken by a closed session: text must go even after the meeting, and undo and redo (and their
        /// batches) still work.
        package var whenClosed = false
        /// Its `group` names one of the session's groups, which a merge of another room renames.
        package var group = false
    }

    /// The fields with free text: `free` is what `redact` blanks, `limits` what a new record is held to.
    package struct TextRow {
        package var free: [LineFields.Field] = []
        package var limits: [(LineFields.Field, TextLimit.Field)] = []
    }

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
