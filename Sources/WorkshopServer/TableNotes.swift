import Foundation
import WorkshopKit

/// Where each table's notes are among the session's, kept up to date as notes arrive, so a table's
/// view finds its few notes without reading every note in the room: with a thousand phones each
/// sending notes, a pass over all of them for every view cost more than the rest of the view (the
/// fan-out p99 went from about 140 ms to 3.5 s). Notes are only ever appended (undo marks their
/// entry, redaction blanks their text), so positions stay good; a shorter list than seen (the
/// session replaced) starts the index again.
/// `@unchecked Sendable`: `seen` and `byGroup` are touched only with `lock` held.
final class TableNotes: @unchecked Sendable {
    private let lock = NSLock()
    private var seen = 0
    private var byGroup: [String: [Int]] = [:]

    /// The table's notes in force (not undone, not redacted), in the order made.
    func notes(of group: String, in state: SessionState) -> [Note] {
        lock.lock()
        let all = state.notes
        if all.count < seen { (seen, byGroup) = (0, [:]) }
        for position in seen..<all.count {
            if let owner = all[position].note.group { byGroup[owner, default: []].append(position) }
        }
        seen = all.count
        let mine = byGroup[group] ?? []
        lock.unlock()
        return mine.compactMap { position in
            let (entry, note) = all[position]
            return state.entries[Int(entry)].active && !note.text.isEmpty ? note : nil
        }
    }
}
