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
            let rules = RoomRules(session.state)
            publishing.lock()
            current = rules
            stale = true
            publishing.unlock()
            lock.unlock()
        }
        return try body(session)
    }

    /// What a phone's answer is checked against, as of the last change.
    public var rules: RoomRules {
        publishing.lock()
        defer { publishing.unlock() }
        return current
    }

    /// The state as of the last change. After a change the first reader waits for the session
    /// (at most one write and its fsync) to take the copy; later readers share it.
    public var state: SessionState {
        publishing.lock()
        if !stale {
            defer { publishing.unlock() }
            return published
        }
        publishing.unlock()
        lock.lock()
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
    public var closed: Bool

    public init(_ state: SessionState) {
        plan = state.plan
        activities = Set(state.activeActivities.map(\.id))
        closed = state.isClosed
    }
}
