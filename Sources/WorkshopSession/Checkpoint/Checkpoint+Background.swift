import Dispatch
import Foundation

/// Checkpoints written on a thread of their own, so the command that replayed the journal does its
/// own work (a summary, an export) beside the write: writing is about 100 ms of a first
/// `summary` at a million answers. In this process, whatever reads or removes a checkpoint waits
/// for the writes under way to it first, and the end of every command for all (`finishWriting`): a
/// process never exits with one half-written. One killed mid-write leaves only its temporary file.
extension Checkpoint {
    private static let writes = DispatchGroup()
    private static let writer = DispatchQueue(label: "workshop.checkpoint")

    /// Guards `pending` and `abandoned`; signalled whenever a write ends.
    private static let condition = NSCondition()
    /// How many writes each journal's checkpoint has queued or under way.
    nonisolated(unsafe) private static var pending: [String: Int] = [:]
    nonisolated(unsafe) private static var abandoned: Set<String> = []

    /// Saves as `save` does, on the writer's thread; the stamp is taken now, from `fd`.
    package static func saveInBackground(_ state: SessionState, journal: String, fd: Int32, length: Int, lines: Int) {
        guard let stamp = Stamp(journal: fd, length: length, lines: lines) else { return }
        condition.withLock { pending[journal, default: 0] += 1 }
        writer.async(group: writes) {
            save(state, journal: journal, stamp: stamp)
            condition.withLock {
                pending[journal] = pending[journal].flatMap { $0 > 1 ? $0 - 1 : nil }
                condition.broadcast()
            }
        }
    }

    /// Returns once every checkpoint this process started writing is written (or given up).
    package static func finishWriting() {
        writes.wait()
    }

    /// Returns once the writes to `journal`'s checkpoint are done; others may go on (`compare`
    /// opens many sessions at once, and one need not wait for another's checkpoint).
    package static func finishWriting(to journal: String) {
        condition.withLock {
            while pending[journal] != nil { condition.wait() }
        }
    }

    /// Stops the writes under way to `journal`'s checkpoint at their next megabyte and waits for
    /// them: a merge that rewrites the journal does not wait for a checkpoint of the old one.
    package static func abandonWrites(to journal: String) {
        condition.withLock { _ = abandoned.insert(journal) }
        finishWriting(to: journal)
        condition.withLock { _ = abandoned.remove(journal) }
    }

    package static func isAbandoned(_ journal: String) -> Bool {
        condition.withLock { abandoned.contains(journal) }
    }
}

extension Session {
    /// Returns once the replay checkpoints this process is writing are written: the end of every
    /// command calls it, so a process never exits with one half-written.
    public static func finishWriting() {
        Checkpoint.finishWriting()
    }
}
