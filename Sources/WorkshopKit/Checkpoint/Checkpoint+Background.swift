import Dispatch
import Foundation

/// Writes checkpoints on a thread of its own, so the command that replayed the journal does its
/// own work (a summary, an export) beside the write: writing is about 100 ms of a first `summary`
/// at a million answers. Whatever reads or removes a checkpoint through this writer waits for its
/// writes under way to it first, and the end of a command for all (`finishWriting`): a process
/// never exits with one half-written. One killed mid-write leaves only its temporary file.
/// One per command line, held by the `ProjectRoot` its sessions are opened with (and so by each
/// `Session`); the command's end waits for it.
/// `@unchecked Sendable`: `pending` and `abandoned` are touched only with `condition` locked.
public final class CheckpointWriter: @unchecked Sendable {
    private let writes = DispatchGroup()
    private let queue = DispatchQueue(label: "workshop.checkpoint")
    /// Guards `pending` and `abandoned`; signalled whenever a write ends.
    private let condition = NSCondition()
    /// How many writes each journal's checkpoint has queued or under way.
    private var pending: [String: Int] = [:]
    private var abandoned: Set<String> = []

    public init() {}

    /// Saves as `Checkpoint.save` does, on the writer's thread; the stamp is taken now, from `fd`.
    func saveInBackground(_ state: SessionState, journal: String, fd: Int32, length: Int, lines: Int) {
        guard let stamp = Checkpoint.Stamp(journal: fd, length: length, lines: lines) else { return }
        condition.withLock { pending[journal, default: 0] += 1 }
        queue.async(group: writes) { [self] in
            Checkpoint.save(state, journal: journal, stamp: stamp, writer: self)
            condition.withLock {
                pending[journal] = pending[journal].flatMap { $0 > 1 ? $0 - 1 : nil }
                condition.broadcast()
            }
        }
    }

    /// Returns once every checkpoint this writer started writing is written (or given up).
    public func finishWriting() {
        writes.wait()
    }

    /// Returns once the writes to `journal`'s checkpoint are done; others may go on (`compare`
    /// opens many sessions at once, and one need not wait for another's checkpoint).
    func finishWriting(to journal: String) {
        condition.withLock {
            while pending[journal] != nil { condition.wait() }
        }
    }

    /// Stops the writes under way to `journal`'s checkpoint at their next megabyte and waits for
    /// them: a merge that rewrites the journal does not wait for a checkpoint of the old one.
    func abandonWrites(to journal: String) {
        condition.withLock { _ = abandoned.insert(journal) }
        finishWriting(to: journal)
        condition.withLock { _ = abandoned.remove(journal) }
    }

    func isAbandoned(_ journal: String) -> Bool {
        condition.withLock { abandoned.contains(journal) }
    }
}
