import WorkshopModel

/// The table of record kinds: one row each, from which the kind's `"type"`, its format, whether it
/// can be undone and what text it holds are read (`RecordKind`), so a new kind is a case and its rows
/// here, plus the code that writes and applies it. `RecordKindTableTests` checks every kind has its
/// rows and every `"type"` reads back.
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
    }

    /// The fields with free text: `free` is what `redact` blanks, `limits` what a new record is held to.
    package struct TextRow {
        package var free: [LineFields.Field] = []
        package var limits: [(LineFields.Field, TextLimit.Field)] = []
    }

    @inline(__always)
    package var row: Row {
        switch self {
        case .start: Row(type: "start")
        case .answer: Row(type: "answer", undoable: true)
        case .withdraw: Row(type: "withdraw", undoable: true)
        case .note: Row(type: "note", undoable: true)
        case .addActivity: Row(type: "add-activity", undoable: true)
        case .addGroup: Row(type: "add-group", undoable: true)
        case .undo: Row(type: "undo", whenClosed: true)
        case .redo: Row(type: "redo", whenClosed: true)
        case .close: Row(type: "close", undoable: true)
        case .weight: Row(type: "weight", undoable: true)
        case .action: Row(type: "action", format: 2, undoable: true)
        case .carry: Row(type: "carry", format: 2)
        case .review: Row(type: "review", format: 2, undoable: true)
        case .redact: Row(type: "redact", format: 3, whenClosed: true)
        case .batch: Row(type: "batch", format: 4, undoable: true, whenClosed: true)
        case .mergeRule: Row(type: "merge-rule", format: 4, whenClosed: true)
        }
    }

    /// A carry's text is free text but not limited: it repeats what an earlier meeting wrote.
    package var text: TextRow {
        switch self {
        case .answer, .review: TextRow(free: [.note], limits: [(.note, .note)])
        case .note: TextRow(free: [.text], limits: [(.text, .note)])
        case .action: TextRow(free: [.text, .owner], limits: [(.text, .action), (.owner, .owner)])
        case .carry: TextRow(free: [.text, .owner])
        case .addActivity:
            TextRow(free: [.title, .description], limits: [(.title, .title), (.description, .description), (.stage, .stage)])
        case .redact: TextRow(limits: [(.reason, .reason)])
        case .start, .withdraw, .addGroup, .undo, .redo, .close, .weight, .batch, .mergeRule: TextRow()
        }
    }
}
