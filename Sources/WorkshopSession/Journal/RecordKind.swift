import WorkshopModel

/// What a journal line records. The raw value is the line's `"type"`. A new kind goes last (a
/// checkpoint stores a kind as its position here), with its rows in the table below.
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
    /// An idea from a group answering one of the plan's prompts (format 5): the room's post-it.
    case idea
    /// New wording for an idea, by its group or the facilitator.
    case ideaEdit = "idea-edit"
    /// An idea hidden, shown again or withdrawn (`status`).
    case ideaMark = "idea-mark"
    /// Ideas put in a theme (`text`, the theme's name; empty takes them out of any), listed in `ideas`.
    case theme
    /// Every idea of theme `from` moved to theme `text`: a rename, or a merge when `text` exists.
    case themeRename = "theme-rename"
    /// A dot vote on a prompt opened or closed (`status`), on its ideas or themes (`on`).
    case vote
    /// A group's dots on one item of a vote (`target`), set to `count`.
    case dot
}

/// The table of kinds: what the journal needs to know of each, beyond the code that writes and applies
/// it (`RecordKind+Row` reads it). `RecordKindTableTests` checks each kind's `"type"` reads back.
extension RecordKind {
    /// The kind's plain facts; constants, so a read of one inlines to a lookup.
    @inline(__always)
    package var row: Row {
        switch self {
        case .start: Row(type: "start")
        case .answer: Row(type: "answer", undoable: true, group: true)
        case .withdraw: Row(type: "withdraw", undoable: true, group: true)
        case .note: Row(type: "note", undoable: true, group: true)
        case .addActivity: Row(type: "add-activity", undoable: true)
        case .addGroup: Row(type: "add-group", undoable: true, group: true)
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
        case .idea: Row(type: "idea", format: 5, undoable: true, group: true)
        case .ideaEdit: Row(type: "idea-edit", format: 5, undoable: true, group: true)
        case .ideaMark: Row(type: "idea-mark", format: 5, undoable: true, group: true)
        case .theme: Row(type: "theme", format: 5, undoable: true)
        case .themeRename: Row(type: "theme-rename", format: 5, undoable: true)
        case .vote: Row(type: "vote", format: 5, undoable: true)
        case .dot: Row(type: "dot", format: 5, undoable: true, group: true)
        }
    }

    /// The kind's text fields. A carry's text is free text but not limited: it repeats what an earlier
    /// meeting wrote.
    package var text: TextRow {
        switch self {
        case .answer, .review: TextRow(free: [.note], limits: [(.note, .note)])
        case .note: TextRow(free: [.text], limits: [(.text, .note)])
        // `owners` is a list, each owner held to the limit as the line is made (RecordEncoder+Limits).
        case .action: TextRow(free: [.text, .owner, .owners], limits: [(.text, .action), (.owner, .owner)])
        case .carry: TextRow(free: [.text, .owner, .owners])
        case .addActivity:
            TextRow(free: [.title, .description], limits: [(.title, .title), (.description, .description), (.stage, .stage)])
        case .redact: TextRow(limits: [(.reason, .reason)])
        case .idea, .ideaEdit: TextRow(free: [.text], limits: [(.text, .idea)])
        // A theme's name is the facilitator's label for a cluster, not what someone in the room wrote.
        case .theme, .themeRename: TextRow(limits: [(.text, .theme)])
        case .start, .withdraw, .addGroup, .undo, .redo, .close, .weight, .batch, .mergeRule, .ideaMark, .vote, .dot:
            TextRow()
        }
    }
}
