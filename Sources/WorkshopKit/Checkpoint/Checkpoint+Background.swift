import Dispatch
import Foundation

/// Checkpoints written on a thread of their own, so the command that replayed the journal does its
/// own work (a summary, an export) beside the write: writing is about 100 ms of a first
/// `summary` at a million answers. In this process, whatever reads or removes a checkpoint waits
/// for the writes under way first, and so does the end of every command (`finishWriting`): a
/// process never exits with one half-written. One killed mid-write leaves only its temporary file.
extension Checkpoint {
    private static let writes = DispatchGroup()
    private static let writer = DispatchQueue(label: "workshop.checkpoint")

    /// Saves as `save` does, on the writer's thread; the stamp is taken now, from `fd`.
    static func saveInBackground(_ state: SessionState, journal: String, fd: Int32, length: Int, lines: Int) {
        guard let stamp = Stamp(journal: fd, length: length, lines: lines) else { return }
        writer.async(group: writes) { save(state, journal: journal, stamp: stamp) }
    }

    /// Returns once every checkpoint this process started writing is written (or given up).
    static func finishWriting() {
        writes.wait()
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var abandoned: Set<String> = []  // guarded by `lock`

    /// Stops the writes under way to `journal`'s checkpoint at their next megabyte and waits for
    /// them: a merge that rewrites the journal does not wait for a checkpoint of the old one.
    static func abandonWrites(to journal: String) {
        lock.withLock { _ = abandoned.insert(journal) }
        finishWriting()
        lock.withLock { _ = abandoned.remove(journal) }
    }

    static func isAbandoned(_ journal: String) -> Bool {
        lock.withLock { abandoned.contains(journal) }
    }
}

extension Session {
    /// Returns once the replay checkpoints this process is writing are written: the end of every
    /// command calls it, so a process never exits with one half-written.
    public static func finishWriting() {
        Checkpoint.finishWriting()
    }
}
