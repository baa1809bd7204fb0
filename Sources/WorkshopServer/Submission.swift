import Crypto
import WorkshopKit

/// What a phone sent, checked against the room, and the record id its idempotency key stands for:
/// an answer on a cell, its note, or both; or a change to the table's ideas (an idea written,
/// edited or withdrawn, dots placed). Every one reaches the journal through `GroupCommit`.
public struct Submission: Sendable {
    /// The changes to record.
    public enum Content: Sendable {
        /// An answer (nil for a note sent on its own) and a note, on one cell.
        case answer(Cell, Answer?, note: String?)
        /// One idea or dots change made by `group` (`.idea`, `.editIdea`, `.markIdea`, `.dots`).
        case idea(group: String, Change)
    }

    public var content: Content
    /// Derived from the group and the phone's key: the same submission retried has the same id.
    public var recordID: UInt64

    /// An answer, a note (recorded as a `note` record of its own on the cell, so it stays when the
    /// table changes its answer, and the tidy export keeps it), or both.
    public init(cell: Cell, answer: Answer?, note: String?, recordID: UInt64) {
        content = .answer(cell, answer, note: note)
        self.recordID = recordID
    }

    /// A change to `group`'s ideas or dots; an idea written takes `recordID` as its id.
    public init(group: String, idea change: Change, recordID: UInt64) {
        content = .idea(group: group, change)
        self.recordID = recordID
    }

    /// The table that sent it.
    public var group: String {
        switch content {
        case let .answer(cell, _, _): cell.group
        case let .idea(group, _): group
        }
    }

    /// The cell an answer or note is on; for an idea change, the group's with no activity or persona.
    public var cell: Cell {
        if case let .answer(cell, _, _) = content { return cell }
        return Cell(activity: "", persona: "", group: group)
    }

    /// The answer; nil for a note sent on its own, and for an idea change.
    public var answer: Answer? {
        if case let .answer(_, answer, _) = content { return answer }
        return nil
    }

    /// The note sent with an answer or on its own.
    public var note: String? {
        if case let .answer(_, _, note) = content { return note }
        return nil
    }

    /// The idea change, if it is one.
    public var ideaChange: Change? {
        if case let .idea(_, change) = content { return change }
        return nil
    }

    /// The ids of every record it stands for: a retry is a duplicate only when all are on disk.
    var recordIDs: [UInt64] {
        answer != nil && note != nil ? [recordID, SubmissionID.noteID(recordID)] : [recordID]
    }

    /// The journal records it stands for, with their ids: the answer's is `recordID`, the note's
    /// derived from it (so a retry finds both). A note alone, or an idea change, takes `recordID` itself.
    func changes(by person: String) -> [PendingChange] {
        if let change = ideaChange { return [PendingChange(change: change, person: person, id: recordID)] }
        var changes: [PendingChange] = []
        if let answer { changes.append(PendingChange(change: .answer(cell, answer, note: nil), person: person, id: recordID)) }
        if let note {
            let target = NoteTarget(activity: cell.activity, persona: cell.persona, group: cell.group, criterion: cell.criterion)
            changes.append(PendingChange(change: .note(target, text: note), person: person,
                                         id: answer == nil ? recordID : SubmissionID.noteID(recordID)))
        }
        return changes
    }
}

/// What became of a submission.
public enum Acknowledgement: Sendable, Equatable {
    /// On disk and synced.
    case saved
    /// Its key was recorded before (a retry): nothing new written.
    case duplicate
    /// The session refused it; nothing written. The line in English, and its catalogue key and
    /// values when the phone's page can word it in its own language.
    case refused(String, key: String? = nil, values: [String: String] = [:])
    /// The laptop's disk refused the write (full, read-only, failing); nothing written. The line
    /// in English; the phone's page words it from the catalogue (`room.refusal.writer_disk`).
    case unwritable(String)
}

/// An answer, a note or an idea change that reached the journal from a phone, for the
/// facilitator's terminal.
public struct Arrival: Sendable {
    public var cell: Cell
    /// The answer's key; nil for a note sent on its own.
    public var answer: String?
    public var noted: Bool
    /// What a phone did to its ideas, in a few words (`idea %7 for 'try-first'`); nil for an answer.
    public var idea: String? = nil
}

/// The record id for a phone's idempotency key: HMAC-SHA256, keyed by the room's secret, of the
/// group and the key with what was sent (activity, criterion, answer, note), its first 64 bits. So
/// it is the same after a restart (the token file keeps the secret), differs between groups using
/// the same key, differs when a page sends another answer under a key it used before (a double tap
/// with JavaScript off), and cannot be aimed at another group's records without the secret.
/// Journals written before it held an unkeyed hash here: replay reads any id alike.
enum SubmissionID {
    static func make(secret: String, group: String, key: String) -> UInt64 {
        let message = Array(group.utf8) + [0] + Array(key.utf8)
        let code = HMAC<SHA256>.authenticationCode(for: message, using: SymmetricKey(data: Array(secret.utf8)))
        return code.prefix(8).reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The id of the note sent with an answer whose id is `answer`.
    static func noteID(_ answer: UInt64) -> UInt64 {
        finish(answer ^ 0x6e6f_7465_6e6f_7465)
    }

    /// The id of the `add-group` record an individual's first change, whose id is `first`, brings with it.
    static func groupID(_ first: UInt64) -> UInt64 {
        finish(first ^ 0x6772_6f75_7067_726f)
    }

    /// splitmix64's finaliser, so the note's id is as spread as the answer's.
    private static func finish(_ value: UInt64) -> UInt64 {
        var hash = (value ^ (value >> 30)) &* 0xbf58_476d_1ce4_e5b9
        hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
        return hash ^ (hash >> 31)
    }
}
