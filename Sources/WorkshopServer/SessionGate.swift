import Foundation
import WorkshopKit

/// The one door to a session while a room is live: the prompt's commands, the group commit and
/// the pages all pass through it, one at a time, so a session still has one writer.
/// `@unchecked Sendable`: `Session` is a class with no locking of its own; every use of it below
/// holds `lock`.
public final class SessionGate: @unchecked Sendable {
    private let lock = NSLock()
    private let session: Session

    public init(_ session: Session) {
        self.session = session
    }

    public var sessionID: String { session.id }

    /// Runs `body` with the session, no other user of the gate running meanwhile.
    public func exclusive<T>(_ body: (Session) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(session)
    }

    /// The state as it is now: a copy, read afterwards without the lock.
    public var state: SessionState {
        exclusive { $0.state }
    }
}
