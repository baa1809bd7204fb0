import Foundation
import WorkshopModel
import WorkshopProject
import WorkshopSupport

/// A recorded run of a plan: its journal on disk and its replayed state in memory, always in
/// agreement. Opened for writing, it holds the session's lock until released.
public final class Session {
    public let id: String
    public let path: String
    public package(set) var state: SessionState
    /// A one-line account of a recovery made while opening (a torn last line set aside), if any.
    public let recovery: String?
    package let journal: JournalFile?
    /// Why every change is refused: memory may hold what the journal does not (`brokenReason`).
    package var broken: String?
    /// Writes this session's replay checkpoint, and is waited for before one is removed.
    package let checkpoints: BackgroundWriter

    public var isReadOnly: Bool { journal == nil }

    private init(
        id: String, path: String, state: SessionState, journal: JournalFile?, recovery: String?, checkpoints: BackgroundWriter
    ) {
        self.checkpoints = checkpoints
        self.id = id
        self.path = path
        self.state = state
        self.journal = journal
        self.recovery = recovery
    }

    public static func journalPath(root: ProjectRoot, id: String) -> String { root.join("sessions/\(id).jsonl") }
    package static func lockPath(root: ProjectRoot, id: String) -> String { root.join("sessions/.\(id).lock") }

    /// Starts a session from a plan: a new journal whose first record snapshots the plan and personas,
    /// followed by the actions `carrying` brings in, all in the journal's one first write: a session
    /// exists with all its carried actions or not at all. Without `id`, the plan's id is used, or
    /// `<plan>-2`, `-3`... when that is taken.
    public static func start(
        plan: Plan, personas: [Persona], root: ProjectRoot, id: String? = nil, by person: String,
        at time: Int64 = Timestamp.now(), actionBase: Int = 0, carrying: [Action] = []
    ) throws(SessionError) -> Session {
        if let id, !Identifier.isValid(id) { throw .invalidID(Identifier.Invalid(kind: "session", id: id)) }
        let chosen = id ?? freeID(for: plan.id, root: root)
        let path = journalPath(root: root, id: chosen)
        // Refused before the lock is taken: a session that exists keeps its lock file untouched.
        var existing = stat()
        if lstat(path, &existing) == 0 { throw .journal(.alreadyExists(path: path)) }
        let record = StartRecord(
            id: RecordID.random(), at: time, by: person, session: chosen, plan: plan, personas: personas,
            actionBase: actionBase)
        let line: [UInt8]
        do {
            line = try record.line()
        } catch {
            throw .journal(.io(path: path, operation: "encode", code: 0))
        }
        var state = SessionState(
            sessionID: chosen, plan: plan, personas: personas, at: time, by: person, actionBase: actionBase,
            startID: record.id)
        var bytes = line
        for action in carrying {
            let carry = try RecordEncoder(state: state).line(for: .carry(action), by: person, at: time)
            do throws(ReplayProblem) {
                try carry.dropLast().withBytes { (raw) throws(ReplayProblem) in try SessionReplay.apply(raw, to: &state) }
            } catch {
                throw .refused("cannot carry \(action.label) in: \(error); nothing was started")
            }
            bytes += carry
        }
        do throws(JournalError) {
            let journal = try JournalFile.create(
                path: path, lockPath: lockPath(root: root, id: chosen), session: chosen, firstLine: bytes)
            return Session(
                id: chosen, path: path, state: state, journal: journal, recovery: nil, checkpoints: root.checkpointWriter)
        } catch {
            throw .journal(error)
        }
    }

    private static func freeID(for planID: String, root: ProjectRoot) -> String {
        var candidate = planID
        var number = 2
        while FileManager.default.fileExists(atPath: journalPath(root: root, id: candidate)) {
            candidate = "\(planID)-\(number)"
            number += 1
        }
        return candidate
    }

    /// Opens a session by id or unique prefix. For writing it takes the lock and sets aside a torn
    /// last line; read-only it changes nothing on disk.
    public static func open(_ name: String, root: ProjectRoot, writable: Bool) throws(SessionError) -> Session {
        let id = try resolveID(name, root: root)
        let path = journalPath(root: root, id: id)
        do throws(JournalError) {
            if !writable {
                let (fd, size) = try JournalFile.openForReading(path: path)
                defer { close(fd) }
                let outcome = try SessionReplay.replay(fd: fd, size: size, path: path, checkpoints: root.replayCheckpoints)
                let note = outcome.tornTail.map {
                    "'\(path)' ends in a torn line (\($0.count) bytes) left by a crash; it is ignored here and "
                        + "set aside when the session is next opened for writing"
                }
                return Session(
                    id: id, path: path, state: outcome.state, journal: nil, recovery: note, checkpoints: root.checkpointWriter)
            }
            let journal = try JournalFile.openForWriting(path: path, lockPath: lockPath(root: root, id: id), session: id)
            var outcome = try SessionReplay.replay(
                fd: journal.descriptor, size: journal.size, path: path, checkpoints: root.replayCheckpoints)
            var recovery: String?
            if let torn = outcome.tornTail {
                let side = path + ".torn-" + Timestamp.format(Timestamp.now())
                    .replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
                try JournalFile.writeSideFile(path: side, bytes: try journal.bytes(in: torn))
                try journal.truncate(to: torn.lowerBound)
                recovery = "recovered '\(path)': a torn last line (\(torn.count) bytes, a crash mid-write) was set "
                    + "aside in '\(side)'; all \(outcome.state.recordCount + 1) records before it are kept"
            }
            if let reblanked = try reblank(outcome.state, journal: journal, path: path, checkpoints: root.checkpointWriter) {
                recovery = [recovery, reblanked].compactMap { $0 }.joined(separator: "; ")
            }
            outcome.state.unblanked.removeAll()
            return Session(
                id: id, path: path, state: outcome.state, journal: journal, recovery: recovery, checkpoints: root.checkpointWriter)
        } catch {
            throw .journal(error)
        }
    }

    /// The ids of every recorded session under the root, sorted.
    public static func sessionIDs(root: ProjectRoot) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.sessionsFolder)) ?? []
        return names.filter { $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }.map { String($0.dropLast(6)) }.sorted()
    }

    /// A session id from its full form or a unique prefix.
    public static func resolveID(_ name: String, root: ProjectRoot) throws(SessionError) -> String {
        let all = sessionIDs(root: root)
        switch PrefixMatch(name, among: all) {
        case let .exact(id), let .unique(id): return id
        case let .ambiguous(matches): throw .ambiguous(kind: "session", text: name, candidates: matches)
        case .none: throw .unknownSession(name, suggestion: Suggestion.closest(to: name, in: all), available: all)
        }
    }

    /// Records one change: written and synced first, then applied in memory. Returns the new entry's
    /// index. Throws, changing nothing, when the disk or the session's rules refuse it.
    /// `walk` marks an answer of a `rate` walk: an id drawn once for the walk (`RecordID.random()`), the
    /// same on each of its answers, so `undo --walk` can find them.
    @discardableResult
    public func record(_ change: Change, by person: String, at time: Int64 = Timestamp.now(), walk: UInt64? = nil)
        throws(SessionError) -> Int
    {
        if state.isClosed, !Self.allowedWhenClosed(change) { throw .closed(id) }
        try commit([RecordEncoder(state: state).line(for: change, by: person, at: time, walk: walk)])
        return state.recordCount - 1
    }

    /// The one way changes reach the session: written and synced, then applied through the same
    /// reader that replays the journal, so memory holds exactly what the next open will see. Replay
    /// is where every rule is checked; if it refuses a line, the lines are cut off the journal again
    /// and memory is rebuilt from the disk, so the two still agree.
    package func commit(_ lines: [[UInt8]]) throws(SessionError) {
        guard let journal else { throw .journal(.readOnlySession(session: id)) }
        if let broken { throw .refused(broken) }
        let acknowledged = journal.size
        do throws(JournalError) {
            try journal.append(lines.flatMap { $0 })
        } catch {
            throw .journal(error)
        }
        do throws(ReplayProblem) {
            for line in lines {
                try line.dropLast().withBytes { (raw) throws(ReplayProblem) in try SessionReplay.apply(raw, to: &state) }
            }
        } catch {
            do throws(JournalError) {
                try journal.truncate(to: acknowledged)
                state = try SessionReplay.replay(JournalBytes(try JournalFile.read(path: path)), path: path).state
            } catch let failure {
                broken = Self.brokenReason
                throw .journal(failure)
            }
            throw .refused("\(error); nothing was recorded")
        }
    }

    private static func allowedWhenClosed(_ change: Change) -> Bool {
        if case .undo = change { return true }
        if case .redo = change { return true }
        return false
    }
}
