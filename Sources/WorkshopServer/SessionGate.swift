import Foundation
import WorkshopKit

/// The one door to a session while a room is live: the prompt's commands and the group commit pass
/// through it one at a time, so a session still has one writer. Pages read the state as it was
/// after the last change (`state`), which never waits for a write's fsync.
/// `@unchecked Sendable`: `Session` is a class with no locking of its own; every use of it holds
/// `lock`, and `published` is touched only with `publishing` held.
public final class SessionGate: @unchecked Sendable {
    private let lock = NSLock()
    private let publishing = NSLock()
    private let session: Session
    private var published: SessionState

    public init(_ session: Session) {
        self.session = session
        published = session.state
    }

    public var sessionID: String { session.id }

    /// Runs `body` with the session, no other user of the gate running meanwhile; what it changed
    /// is published to readers as it returns.
    public func exclusive<T>(_ body: (Session) throws -> T) rethrows -> T {
        lock.lock()
        defer {
            let state = session.state
            publishing.lock()
            published = state
            publishing.unlock()
            lock.unlock()
        }
        return try body(session)
    }

    /// The state after the last change: a copy (shared storage, copied on write), read without
    /// waiting for a write in progress.
    public var state: SessionState {
        publishing.lock()
        defer { publishing.unlock() }
        return published
    }
}
