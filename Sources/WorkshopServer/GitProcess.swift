import Foundation

/// `git` run as a process in a folder, as `git-setup` runs it, with a time limit: the journal's
/// commit holds the session's gate, so a git that hangs (a signing key asking for its passphrase)
/// must not hold the room with it.
enum GitProcess {
    /// Why git did not do it: the first line it gave, or why it could not run.
    struct Failure: Error {
        var reason: String
    }

    /// What git printed on its output, trimmed; throws when it fails, or runs past `limit` seconds
    /// (it is then killed).
    static func run(_ arguments: [String], in folder: String, limit: TimeInterval = 10) throws(Failure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        // Nothing to answer a question with: git fails rather than waits.
        process.standardInput = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        process.environment = environment
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        do {
            try process.run()
        } catch {
            throw Failure(reason: "cannot run git: \(error.localizedDescription)")
        }
        let printed = PipeText(output), said = PipeText(errors)
        if ended.wait(timeout: .now() + limit) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
            ended.wait()
            throw Failure(reason: "git \(arguments[0]) still running after \(Int(limit)) s; stopped it")
        }
        let text = printed.text()
        guard process.terminationStatus == 0 else {
            // `git commit` says why on its output ("nothing to commit"), most others on errors; a
            // `fatal:` line, when there is one, says it best (after "Author identity unknown").
            let lines = (said.text() + "\n" + text).split(separator: "\n").filter { !$0.allSatisfy(\.isWhitespace) }
            let reason = lines.first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") } ?? lines.first
            throw Failure(reason: reason.map(String.init) ?? "git \(arguments[0]) failed with status \(process.terminationStatus)")
        }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// A pipe read to its end on another thread, so neither of git's streams fills and stalls it.
/// `@unchecked Sendable`: `data` is written once by the reading thread before `done` is signalled,
/// and read only after.
private final class PipeText: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ pipe: Pipe) {
        let handle = pipe.fileHandleForReading
        DispatchQueue.global().async { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    /// What was read; empty if the pipe is still open a second after git ended (a process git
    /// started keeps it).
    func text() -> String {
        guard done.wait(timeout: .now() + 1) == .success else { return "" }
        return String(decoding: data, as: UTF8.self)
    }
}
