import Foundation
import WorkshopKit

/// The one door to a session while a room is live: the prompt's commands and the group commit pass
/// through it one at a time, so a session still has one writer.
///
/// Readers never hold the session while it writes. A phone's answer is checked against `rules`
/// (the plan, the activities in force, closed or not), published after every change: a few values,
/// cheap to make. Pages that need the whole state take `state`, a copy made only when a page asks
/// after a change: a copy shares storage with the live state until the next write, which then
/// copies it (a tenth of the server's time under load when it was made after every write).
/// `@unchecked Sendable`: `Session` is a class with no locking of its own; every use of it holds
/// `lock`; `published`, `stale` and `current` are touched only with `publishing` held.
public final class SessionGate: @unchecked Sendable {
    private let lock = NSLock()
    private let publishing = NSLock()
    private let session: Session
    private var published: SessionState
    private var stale = false
    private var current: RoomRules

    public init(_ session: Session) {
        self.session = session
        published = session.state
        current = RoomRules(session.state)
    }

    public var sessionID: String { session.id }

    /// Runs `body` with the session, no other user of the gate running meanwhile; readers see what
    /// it changed once it returns.
    public func exclusive<T>(_ body: (Session) throws -> T) rethrows -> T {
        lock.lock()
        defer {
            publish()
            lock.unlock()
        }
        return try body(session)
    }

    /// Inside `exclusive`, on the same thread: lets the others in while `body` waits (for a key, in
    /// a guided rating at the prompt), and takes the session back after. `body` must not touch it.
    public func released<T>(_ body: () throws -> T) rethrows -> T {
        publish()
        lock.unlock()
        defer { lock.lock() }
        return try body()
    }

    private func publish() {
        let rules = RoomRules(session.state)
        publishing.lock()
        current = rules
        stale = true
        publishing.unlock()
    }

    /// What a phone's answer is checked against, as of the last change.
    public var rules: RoomRules {
        publishing.lock()
        defer { publishing.unlock() }
        return current
    }

    /// The state as of the last change. After a change the first reader waits for the session
    /// (one write and its fsync, or a typed command) to take the copy; later readers share it. A
    /// reader never waits long: after a tenth of a second it takes the copy it has.
    public var state: SessionState {
        publishing.lock()
        if !stale {
            defer { publishing.unlock() }
            return published
        }
        publishing.unlock()
        guard lock.lock(before: Date(timeIntervalSinceNow: 0.1)) else {
            publishing.lock()
            defer { publishing.unlock() }
            return published
        }
        let fresh = session.state
        publishing.lock()
        published = fresh
        stale = false
        publishing.unlock()
        lock.unlock()
        return fresh
    }
}

/// The few things a phone's answer is checked against: the plan (scale, personas, criteria), the
/// activities in force, and whether the session is closed.
public struct RoomRules: Sendable {
    public var plan: Plan
    public var activities: Set<String>
    public var groups: Set<String>
    public var closed: Bool

    public init(_ state: SessionState) {
        plan = state.plan
        activities = Set(state.activeActivities.map(\.id))
        groups = Set(state.activeGroups)
        closed = state.isClosed
    }
}
