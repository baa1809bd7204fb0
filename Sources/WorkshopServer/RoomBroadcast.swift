import Foundation

/// Tells every open projector that the session changed. Each listener holds at most one pending
/// signal: a burst of answers redraws the projector once, from the state as it is then.
/// `@unchecked Sendable`: `listeners` and `closed` are touched only with `lock` held.
final class RoomBroadcast: @unchecked Sendable {
    private let lock = NSLock()
    private var listeners: [Int: AsyncStream<Void>.Continuation] = [:]
    private var next = 0
    private var closed = false
    private var changes: UInt64 = 0

    /// How many changes have been told: a view made at one count is good until the next.
    var generation: UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return changes
    }

    func listen() -> (id: Int, signals: AsyncStream<Void>) {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        lock.lock()
        defer { lock.unlock() }
        next += 1
        if closed { continuation.finish() } else { listeners[next] = continuation }
        return (next, stream)
    }

    func leave(_ id: Int) {
        lock.lock()
        let continuation = listeners.removeValue(forKey: id)
        lock.unlock()
        continuation?.finish()
    }

    func changed() {
        lock.lock()
        changes &+= 1
        let all = Array(listeners.values)
        lock.unlock()
        for continuation in all { continuation.yield() }
    }

    /// Open streams (a test waits for its projector to be listening).
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return listeners.count
    }

    /// Ends every stream (the room is stopping).
    func close() {
        lock.lock()
        closed = true
        let all = Array(listeners.values)
        listeners.removeAll()
        lock.unlock()
        for continuation in all { continuation.finish() }
    }
}
