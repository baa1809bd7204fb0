import Foundation

/// What one look at the journal came to.
public enum JournalCommit: Sendable, Equatable {
    /// A commit made: the records it adds and its short hash.
    case committed(records: Int, commit: String)
    /// Nothing to commit: the journal is as the last commit left it.
    case unchanged
    /// Git failed; the first line it gave. The next look tries again.
    case failed(String)
}

/// `serve --commit-every`: commits the served session's journal to git every so often, from
/// inside the server. Each commit holds the session's gate, the door every write passes, so it
/// never catches a line half written: a cron job's commit could. It never pulls: a pull would
/// swap the journal under the writer; the laptop pulls and merges instead.
/// `@unchecked Sendable`: `closing` is touched only with `condition` held; `committed` only with
/// the gate held.
public final class JournalCommitter: @unchecked Sendable {
    private let gate: SessionGate
    private let interval: TimeInterval
    private let journal: String
    private let report: @Sendable (JournalCommit) -> Void
    private let condition = NSCondition()
    private var closing = false
    private let finished = DispatchSemaphore(value: 0)
    /// The journal's size and time of change as the last commit (or a look that found nothing
    /// new) left it: while they stand, a look runs no git at all.
    private var committed: JournalStamp?

    /// A committer of `journal` through `gate`, not yet timed (`start` times it; tests call
    /// `commitIfChanged` themselves).
    init(gate: SessionGate, interval: TimeInterval, journal: String, report: @escaping @Sendable (JournalCommit) -> Void) {
        self.gate = gate
        self.interval = interval
        self.journal = journal
        self.report = report
    }

    /// Why the journal of a room cannot be committed (its folder in no git work tree, or no
    /// git), or nil: asked before the room starts.
    public static func refusal(journal: String) -> String? {
        let folder = (journal as NSString).deletingLastPathComponent
        do throws(GitProcess.Failure) {
            let inside = try GitProcess.run(["rev-parse", "--is-inside-work-tree"], in: folder)
            return inside == "true" ? nil : "not a git repository's work tree"
        } catch {
            return error.reason
        }
    }

    /// Commits the room's journal every `interval` seconds while it serves, and once more when it
    /// stops, after its last write; each outcome but `unchanged` is handed to `report` (on the
    /// committer's thread).
    public static func start(
        room: LiveRoom, every interval: TimeInterval, report: @escaping @Sendable (JournalCommit) -> Void
    ) -> JournalCommitter {
        let committer = JournalCommitter(gate: room.gate, interval: interval, journal: room.journalPath, report: report)
        room.commit.condition.lock()
        room.commit.whenStopped.append { committer.stop() }
        room.commit.condition.unlock()
        let thread = Thread { [committer] in committer.run() }
        thread.name = "workshop-journal-commit"
        thread.start()
        return committer
    }

    private func run() {
        while true {
            condition.lock()
            let due = Date(timeIntervalSinceNow: interval)
            while !closing, condition.wait(until: due) {}
            let done = closing
            condition.unlock()
            if done { break }
            tell(commitIfChanged())
        }
        finished.signal()
    }

    /// Ends the timer and makes the last commit. Called by the writer's `stop()`, once nothing
    /// else writes, so this look catches every answer acknowledged.
    private func stop() {
        condition.lock()
        closing = true
        condition.signal()
        condition.unlock()
        finished.wait()
        tell(commitIfChanged())
    }

    private func tell(_ outcome: JournalCommit) {
        if outcome != .unchanged { report(outcome) }
    }

    /// Adds and commits the journal, and only it, if it changed; the gate held throughout, since
    /// `git commit -- PATH` reads the file again.
    func commitIfChanged() -> JournalCommit {
        let folder = (journal as NSString).deletingLastPathComponent
        let file = (journal as NSString).lastPathComponent
        return gate.exclusive { (session) -> JournalCommit in
            let stamp = JournalStamp(path: journal)
            if let stamp, stamp == committed { return .unchanged }
            do throws(GitProcess.Failure) {
                _ = try GitProcess.run(["add", "--", file], in: folder)
                let counts = try GitProcess.run(["diff", "--cached", "--numstat", "--", file], in: folder)
                guard let records = Self.newRecords(numstat: counts) else {
                    committed = stamp
                    return .unchanged
                }
                let message = "Session \(session.id): \(records) new record\(records == 1 ? "" : "s"), committed by workshop serve"
                // No hooks: they would run while every phone waits at the gate.
                _ = try GitProcess.run(["commit", "--no-verify", "--quiet", "-m", message, "--", file], in: folder)
                let head = try GitProcess.run(["rev-parse", "--short", "HEAD"], in: folder)
                committed = stamp
                return .committed(records: records, commit: head)
            } catch {
                return .failed(error.reason)
            }
        }
    }

    /// The records a staged journal adds (lines added less lines taken away: a redaction blanks
    /// a line in place), or nil when nothing is staged for it.
    static func newRecords(numstat: String) -> Int? {
        guard let line = numstat.split(separator: "\n").first else { return nil }
        let fields = line.split(separator: "\t")
        guard fields.count >= 2 else { return nil }
        return max(0, (Int(fields[0]) ?? 0) - (Int(fields[1]) ?? 0))
    }
}

/// A file's size and time of last change, to tell cheaply that it is as it was.
struct JournalStamp: Equatable {
    var size: Int64
    var seconds: Int
    var nanoseconds: Int

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        #if canImport(Darwin)
        (seconds, nanoseconds) = (info.st_mtimespec.tv_sec, info.st_mtimespec.tv_nsec)
        #else
        (seconds, nanoseconds) = (info.st_mtim.tv_sec, info.st_mtim.tv_nsec)
        #endif
    }
}
