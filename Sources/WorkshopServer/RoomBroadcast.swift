import Foundation

/// Tells the open streams that the session changed: a projector hears every change, a table's
/// phones only the changes that name their table or the whole room, so an answer from one of a
/// thousand phones wakes one table's streams, not a thousand. Each listener holds at most one
/// pending signal: a burst of answers redraws once, from the state as it is then. Every stream is
/// also woken with no change every `keepAlive` (`beat`), so that it can send a comment and no proxy
/// or phone network between ends it for being quiet.
/// `@unchecked Sendable`: everything but `tableViews` is touched only with `lock` held.
final class RoomBroadcast: @unchecked Sendable {
    private typealias Listener = AsyncStream<Void>.Continuation
    private let lock = NSLock()
    /// Listeners to every change (projectors), and to one table's changes, by table.
    private var everyChange: [Int: Listener] = [:]
    private var byGroup: [String: [Int: Listener]] = [:]
    private var groupOf: [Int: String] = [:]
    private var next = 0
    private var closed = false
    private var changes: UInt64 = 0
    /// The count at the last change that touched every table, and at the last that named each one.
    private var roomWide: UInt64 = 0
    private var touched: [String: UInt64] = [:]
    /// Each table's view as JSON, kept here beside the counts it is keyed by (`generation(of:)`).
    let tableViews = TableViewCache()
    /// Each table's notes among the session's, for its view (`TableNotes`).
    let tableNotes = TableNotes()
    /// How often a quiet stream is woken: well inside nginx's default read timeout of 60 s.
    let keepAlive: Duration
    private var beating: Task<Void, Never>?

    /// A broadcast whose streams are woken every `keepAlive` when quiet.
    init(keepAlive: Duration = .seconds(20)) {
        self.keepAlive = keepAlive
    }

    /// How many changes have been told: a view made at one count is good until the next.
    var generation: UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return changes
    }

    /// The count at the last change that touched `group`: its view made then is good until it grows.
    func generation(of group: String) -> UInt64 {
        lock.lock()
        defer { lock.unlock() }
        return max(roomWide, touched[group] ?? 0)
    }

    /// A stream of signals: of every change (nil), or of the changes that touch `group`.
    func listen(group: String? = nil) -> (id: Int, signals: AsyncStream<Void>) {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        lock.lock()
        defer { lock.unlock() }
        next += 1
        if closed {
            continuation.finish()
        } else if let group {
            byGroup[group, default: [:]][next] = continuation
            groupOf[next] = group
        } else {
            everyChange[next] = continuation
        }
        if beating == nil, !closed {
            // Started by the first stream, ended by `close` (or when the room is gone).
            beating = Task { [weak self, keepAlive] in
                while !Task.isCancelled {
                    try? await Task.sleep(for: keepAlive)
                    guard let self else { return }
                    self.beat()
                }
            }
        }
        return (next, stream)
    }

    /// Wakes every stream with no change, so the counts stay as they are: each sends a comment.
    func beat() {
        lock.lock()
        let all = everyListener
        lock.unlock()
        for continuation in all { continuation.yield() }
    }

    /// Stops telling stream `id` (its request ended).
    func leave(_ id: Int) {
        lock.lock()
        var continuation = everyChange.removeValue(forKey: id)
        if let group = groupOf.removeValue(forKey: id) {
            continuation = byGroup[group]?.removeValue(forKey: id)
            if byGroup[group]?.isEmpty == true { byGroup[group] = nil }
        }
        lock.unlock()
        continuation?.finish()
    }

    /// A change to the whole room (the prompt, the facilitator's page): every stream hears it.
    func changed() {
        lock.lock()
        changes &+= 1
        roomWide = changes
        let all = everyListener
        lock.unlock()
        for continuation in all { continuation.yield() }
    }

    /// A change to these tables only (their phones' answers and ideas): the projectors and those
    /// tables' streams hear it.
    func changed(groups: some Sequence<String>) {
        lock.lock()
        changes &+= 1
        var told = Array(everyChange.values)
        for group in Set(groups) {
            touched[group] = changes
            if let listeners = byGroup[group] { told += listeners.values }
        }
        lock.unlock()
        for continuation in told { continuation.yield() }
    }

    /// Every stream's listener; with `lock` held.
    private var everyListener: [Listener] { Array(everyChange.values) + byGroup.values.flatMap(\.values) }

    /// Open streams (a test waits for its projector or phone to be listening).
    var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return everyChange.count + groupOf.count
    }

    /// Ends every stream (the room is stopping).
    func close() {
        lock.lock()
        closed = true
        beating?.cancel()
        let all = everyListener
        everyChange.removeAll()
        byGroup.removeAll()
        groupOf.removeAll()
        lock.unlock()
        for continuation in all { continuation.finish() }
    }
}
