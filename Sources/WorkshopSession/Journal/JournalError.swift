import WorkshopSupport

/// Why a session's journal could not be opened, created or written. Every case leaves memory and
/// disk in agreement: nothing failed is acknowledged.
public enum JournalError: Error, Hashable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case alreadyExists(path: String)
    case inUse(session: String, pid: Int32?)
    case damaged(path: String, line: Int, problem: ReplayProblem)
    case empty(path: String)
    case diskFull(path: String)
    case readOnly(path: String)
    case permissionDenied(path: String)
    case io(path: String, operation: String, code: Int32)
    case readOnlySession(session: String)
    /// The journal holds a record kind from a newer format than this version reads.
    case newerVersion(path: String, format: Int, writer: String?)
    /// Something other than a regular file where workshop keeps one of its own (a FIFO would hang).
    case notRegular(path: String, kind: String)

    public var description: String {
        switch self {
        case let .notFound(path):
            return "no session journal at '\(path)'"
        case let .alreadyExists(path):
            return "'\(path)' already exists; choose another session name"
        case let .inUse(session, pid):
            let who = pid.map { "by process \($0)" } ?? "by another process"
            return "session '\(session)' is in use \(who); close it there first, or only read it (status, log)"
        case let .damaged(path, line, problem):
            return "\(path):\(line)\(problem.column.map { ":\($0)" } ?? ""): error: damaged record: \(problem); "
                + "fix or remove that line in an editor "
                + "(keep a copy first), then open the session again"
        case let .empty(path):
            return "'\(path)' is empty (a crash while starting?); remove it and start the session again"
        case let .diskFull(path):
            return "disk full writing '\(path)': nothing was recorded; free some space and try again"
        case let .readOnly(path):
            return "'\(path)' is on a read-only disk: nothing was recorded; copy the folder somewhere writable"
        case let .permissionDenied(path):
            return "permission denied writing '\(path)': nothing was recorded; check the folder's permissions"
        case let .io(path, operation, code):
            return "\(operation) failed for '\(path)' (\(String(cString: strerror(code)))): nothing was recorded"
        case let .newerVersion(path, format, writer):
            return "'\(path)' was written by a newer version (\(writer ?? "journal format \(format)")); this is "
                + "\(JournalFormat.writer), which reads journal formats up to \(JournalFormat.current): update workshop to open it"
        case let .readOnlySession(session):
            return "session '\(session)' is open read-only; nothing was recorded"
        case let .notRegular(path, kind):
            return "'\(path)' is \(kind), not a regular file; move it away (workshop keeps only regular files there)"
        }
    }

    /// The error for a failed system call, named by what the user can do about it.
    package static func from(errno code: Int32, path: String, operation: String) -> JournalError {
        switch code {
        case ENOSPC, EDQUOT, EFBIG: return .diskFull(path: path)
        case EROFS: return .readOnly(path: path)
        case EACCES, EPERM: return .permissionDenied(path: path)
        default: return .io(path: path, operation: operation, code: code)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JournalError {
    /// The error for a failed `RegularFile.open`.
    package static func from(_ failure: RegularFile.Failure, path: String, operation: String) -> JournalError {
        switch failure {
        case let .system(code): return .from(errno: code, path: path, operation: operation)
        case let .notRegular(kind): return .notRegular(path: path, kind: kind)
        }
    }
}
