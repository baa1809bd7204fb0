import Foundation
import NIOCore

/// The room's open connections, held below the process's descriptor limit. At the limit, accepting
/// fails, NIO retries the accept, and the server spins while phones wait: 400 idle connections
/// locked every phone out under a limit of 256. A connection is trusted once it has asked with
/// one of the room's tokens; when the room is full a new connection pushes out the oldest untrusted
/// one (the new one itself when every other is trusted), so idle connections from anyone who can
/// reach the port never keep a table's phone out.
/// `@unchecked Sendable`: `open`, `waiting` and `head` are touched only with `lock` held.
final class RoomConnections: @unchecked Sendable {
    /// Descriptors kept for everything but connections: the journal, its lock, pipes, NIO's own.
    static let reserve = 64
    /// A connection that has sent no whole request head by then is closed (slowloris too).
    static let firstRequest = TimeAmount.seconds(5)
    let capacity: Int
    private let lock = NSLock()
    private var open: [ObjectIdentifier: (channel: any Channel, trusted: Bool)] = [:]
    /// Untrusted connections oldest first, from `head`; entries since trusted or closed are skipped.
    private var waiting: [ObjectIdentifier] = []
    private var head = 0

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Raises the soft descriptor limit to the hard one (a Mac starts at 256) and returns how many
    /// connections the room can then hold.
    static func raisingLimit() -> Int {
        #if os(Linux)
        let files = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        #else
        let files = RLIMIT_NOFILE
        #endif
        var limit = rlimit()
        guard getrlimit(files, &limit) == 0 else { return 256 - reserve }
        // macOS gives an infinite hard limit and refuses a soft one above OPEN_MAX (10240).
        for wanted in [min(limit.rlim_max, 1 << 20), min(limit.rlim_max, 10_240)] where limit.rlim_cur < wanted {
            var raised = limit
            raised.rlim_cur = wanted
            if setrlimit(files, &raised) == 0 { limit = raised }
        }
        let soft = Int(clamping: min(limit.rlim_cur, 1 << 20))
        return min(max(soft - reserve, 16), 65_536)
    }

    /// A connection came in; closes one if that makes too many.
    func opened(_ channel: any Channel) {
        let id = ObjectIdentifier(channel)
        var pushedOut: (any Channel)?
        lock.lock()
        open[id] = (channel, false)
        waiting.append(id)
        if open.count > capacity {
            while head < waiting.count, pushedOut == nil {
                let candidate = waiting[head]
                head += 1
                if let entry = open[candidate], !entry.trusted {
                    open[candidate] = nil
                    pushedOut = entry.channel
                }
            }
        }
        tidy()
        lock.unlock()
        pushedOut?.close(promise: nil)
    }

    func closed(_ id: ObjectIdentifier) {
        lock.lock()
        open[id] = nil
        lock.unlock()
    }

    /// The connection asked with one of the room's tokens: it is a table's phone or the projector.
    func trust(_ id: ObjectIdentifier) {
        lock.lock()
        open[id]?.trusted = true
        lock.unlock()
    }

    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return open.count
    }

    /// Entries in the queue of untrusted connections, skipped ones included (for the tests).
    var queued: Int {
        lock.lock()
        defer { lock.unlock() }
        return waiting.count - head
    }

    /// Rebuilds the queue from the untrusted connections still open once most of it is skipped
    /// entries, so it stays near their number however many come and go.
    private func tidy() {
        let pending = waiting.count - head
        guard head > 4096 || (pending > 1024 && pending > 2 * open.count) else { return }
        waiting = waiting[head...].filter { open[$0]?.trusted == false }
        head = 0
    }
}
