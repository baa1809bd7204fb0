/// Why a live room could not start or stop, in one line each.
public enum RoomError: Error, CustomStringConvertible, Equatable, Sendable {
    case unreadableTokens(path: String)
    case cannotWrite(path: String, reason: String)
    case badListen(String)
    /// `fix` says what to change: the port when the port is the problem, the address when it is not
    /// one of this machine's.
    case cannotListen(address: String, reason: String, fix: String)
    case badAssignment(String)
    /// An option of `serve` that does not fit the others; the whole line to print.
    case badOption(String)
    case unknownGroup(String, available: [String])
    case unknownPersona(String, available: [String])
    case notWritable(session: String)
    /// Something other than a regular file where the token file belongs (a FIFO would hang).
    case notRegular(path: String, kind: String)
    /// Tables and individuals in one session: `individuals` says which this `serve` asked for,
    /// `groups` the other kind's groups that have answered.
    case mixed(session: String, individuals: Bool, groups: [String])

    public var description: String {
        switch self {
        case let .unreadableTokens(path):
            return "'\(path)' is not a room's token file; move it away and serve again for new join links"
        case let .cannotWrite(path, reason):
            return "cannot write '\(path)': \(reason)"
        case let .badListen(text):
            return "--listen '\(text)' is not ADDRESS:PORT, e.g. 0.0.0.0:8080 or 127.0.0.1:0 (any free port)"
        case let .cannotListen(address, reason, fix):
            return "cannot listen on \(address): \(reason); \(fix)"
        case let .badAssignment(text):
            return "--assign '\(text)' is not GROUP=PERSONA, e.g. table-1=academic (GROUP= forgets a kept one)"
        case let .badOption(line):
            return line
        case let .unknownGroup(group, available):
            return "--assign: no group '\(group)' in this session (groups: \(available.joined(separator: ", ")))"
        case let .unknownPersona(persona, available):
            return "--assign: no persona '\(persona)' in this session (personas: \(available.joined(separator: ", ")))"
        case let .notWritable(session):
            return "session '\(session)' is open read-only; open it for writing to serve it"
        case let .notRegular(path, kind):
            return "'\(path)' is \(kind), not a regular file; move it away and serve again for new join links"
        case let .mixed(session, individuals, groups):
            let named = groups.prefix(3).joined(separator: ", ") + (groups.count > 3 ? ", … (\(groups.count) in all)" : "")
            let rule = "a session takes answers from tables or from individuals, not both"
            return individuals
                ? "session '\(session)' has answers from tables (\(named)); \(rule): serve it with --tables, or start another session for individuals"
                : "session '\(session)' has individual raters (\(named)); \(rule): serve it with --individuals, or start another session for tables"
        }
    }
}
