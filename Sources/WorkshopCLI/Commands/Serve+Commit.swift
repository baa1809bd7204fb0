import ArgumentParser
import Foundation
import WorkshopKit
import WorkshopServer

extension Workshop.Serve {
    /// `serve --commit-every DURATION`: the session's journal committed to git from inside the
    /// server (`JournalCommitter`), under the gate its writes pass, so that a server collecting
    /// answers before a meeting hands them to the laptop by `git pull`.
    struct CommitOptions: ParsableArguments {
        @Option(help: ArgumentHelp(
            "Commit the session's journal to git this often while serving, when it changed (30s, 5m, 1h; 10s at least). "
                + "The folder must be a git repository set up with 'workshop git-setup'. serve never pulls while serving "
                + "(that would swap the journal under the writer): push from here, pull and merge on the laptop.",
            valueName: "duration"))
        var commitEvery: String?

        /// The shortest interval a user may give. Tests only lower it, with
        /// `WORKSHOP_TESTS_COMMIT_FLOOR` (seconds), to see several commits in a few seconds.
        static let floor = 10
        /// The longest: a day.
        static let ceiling = 86_400

        /// Starts the room with `start`, then, with --commit-every, its committer. A malformed or
        /// too short interval, or a folder outside git, is refused before the room starts.
        func serve(_ session: Session, context: CommandContext, start: () throws -> LiveRoom) throws -> LiveRoom {
            guard let commitEvery else { return try start() }
            let shortest = context.io.environment["WORKSHOP_TESTS_COMMIT_FLOOR"].flatMap(Int.init).map { max(1, $0) } ?? Self.floor
            let seconds = try Self.seconds(commitEvery, shortest: shortest)
            if let problem = JournalCommitter.refusal(journal: session.path) {
                throw CommandFailure(problem.contains("not a git repository")
                    ? "serve --commit-every: '\(context.root.path)' is not a git repository; run 'workshop git-setup' in a git repository first"
                    : "serve --commit-every: cannot use git here: \(problem)")
            }
            let room = try start()
            let file = "sessions/\(session.id).jsonl"
            let (atPrompt, notices, console) = (context.atPrompt, context.io.notices, context.console)
            _ = JournalCommitter.start(room: room, every: TimeInterval(seconds)) { outcome in
                switch outcome {
                case let .committed(records, commit):
                    notices.post(["committed \(file) to git: \(records) new record\(records == 1 ? "" : "s") (\(commit))"])
                case let .failed(reason):
                    // One line, and the room goes on: the next look tries again.
                    let line = TerminalText.clean("could not commit \(file) to git: \(reason) (tried again every \(commitEvery) while serving)")
                    if atPrompt { notices.post([line]) } else { console.err(line) }
                case .unchanged:
                    break
                }
            }
            context.console.out("committing \(file) to git every \(commitEvery) when it changed; serve never pulls: pull on the laptop")
            return room
        }

        /// `30s`, `5m`, `1h` in seconds, from `shortest` to a day.
        static func seconds(_ text: String, shortest: Int) throws -> Int {
            let units = ["s": 1, "m": 60, "h": 3600]
            let digits = text.dropLast()
            guard let unit = text.last.flatMap({ units[String($0)] }), !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  digits.count <= 6, let count = Int(digits), count > 0
            else { throw CommandFailure("serve --commit-every '\(text)': give a duration such as 30s, 5m or 1h") }
            let seconds = count * unit
            if seconds < shortest {
                throw CommandFailure("serve --commit-every '\(text)': more often than every \(shortest)s; give \(shortest)s or more")
            }
            if seconds > ceiling { throw CommandFailure("serve --commit-every '\(text)': longer than a day; give 24h or less") }
            return seconds
        }
    }
}
