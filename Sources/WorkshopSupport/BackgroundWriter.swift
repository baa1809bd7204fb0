import Dispatch
import Foundation

/// Writes files on a thread of its own, so the command that asked does its own work beside the write
/// (a checkpoint is about 100 ms of a first `summary` at a million answers). Whatever reads or removes
/// such a file waits for the writes under way to it first (`finishWriting(to:)`), and the end of a
/// command for all (`finishWriting()`): a process never exits with one half-written. A write can be
/// abandoned (`abandonWrites(to:)`): the work sees `isAbandoned` and stops at its next step.
/// One per command line, held by the `ProjectRoot` its sessions are opened with; what it writes is the
/// layer above's business (`saveInBackground`, in WorkshopSession).
/// `@unchecked Sendable`: `pending` and `abandoned` are touched only with `condition` locked.
public final class BackgroundWriter: @unchecked Sendable {
    private let writes = DispatchGroup()
    private let queue = DispatchQueue(label: "workshop.background-writes")
    /// Guards `pending` and `abandoned`; signalled whenever a write ends.
    private let condition = NSCondition()
    /// How many writes each path has queued or under way.
    private var pending: [String: Int] = [:]
    private var abandoned: Set<String> = []

    /// A writer with nothing under way.
    public init() {}

    /// Runs `work`, which writes `path`, on the writer's thread.
    package func write(_ path: String, _ work: @escaping @Sendable () -> Void) {
        condition.withLock { pending[path, default: 0] += 1 }
        queue.async(group: writes) { [self] in
            work()
            condition.withLock {
                pending[path] = pending[path].flatMap { $0 > 1 ? $0 - 1 : nil }
                condition.broadcast()
            }
        }
    }

    /// Returns once every write this writer started is done (or given up).
    public func finishWriting() {
        writes.wait()
    }

    /// Returns once the writes to `path` are done; others may go on (`compare` opens many sessions
    /// at once, and one need not wait for another's checkpoint).
    package func finishWriting(to path: String) {
        condition.withLock {
            while pending[path] != nil { condition.wait() }
        }
    }

    /// Stops the writes under way to `path` at their next step and waits for them: a merge that
    /// rewrites a journal does not wait for a checkpoint of the old one.
    package func abandonWrites(to path: String) {
        condition.withLock { _ = abandoned.insert(path) }
        finishWriting(to: path)
        condition.withLock { _ = abandoned.remove(path) }
    }

    package func isAbandoned(_ path: String) -> Bool {
        condition.withLock { abandoned.contains(path) }
    }
}
