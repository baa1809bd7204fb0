extension SessionState {
    /// One replayed record after `start`. Kept small: a million of them must fit in memory easily
    /// (32 bytes a record; `SessionPartsTests` checks the stride).
    package struct Entry: Sendable {
        package var id: UInt64
        package var at: Int64
        /// Answer and withdraw: the cell in `CellHistory`; -1 for other records.
        package var cell: Int32
        package var payload: Payload
        /// The person, an index into `SessionState.people`.
        package var by: Int16
        /// Answer: level index or `unsure`; withdraw: `withdrawn`.
        package var value: Int16
        package var kind: RecordKind
        /// False while a later undo has taken this record back.
        package var active: Bool

        package static let unsure: Int16 = -1
        package static let withdrawn: Int16 = -2
    }

    /// What an entry points to beyond its cell, which depends on its kind. Each index is into the
    /// state's list of that thing.
    package enum Payload: Sendable, Equatable {
        /// A withdrawal, a close, an answer without a note.
        case none
        /// A note record, or an answer kept with a note: an index into `notes`.
        case note(Int32)
        /// Undo and redo: the entry taken back or re-applied.
        case target(Int32)
        /// `add-activity`: the activity's index in `IDTable.activities`.
        case activity(Int32)
        /// `add-group`: the group's index in `IDTable.groups`.
        case group(Int32)
        /// A weight record: an index into `weights`.
        case weight(Int32)
        /// An action or carry record: an index into `actionBook.actions`.
        case action(Int32)
        /// A review record: an index into `actionBook.reviews`.
        case review(Int32)
        /// A redact record: an index into `redactions`.
        case redaction(Int32)
        /// An idea, theme or vote record: an index into `ideaBoard.events`.
        case idea(Int32)
    }
}
