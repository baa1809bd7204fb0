import Foundation

/// A real terminal for tests: the binary runs in a tmux pane on a server of its own; tests type with
/// `send-keys` and read the screen with `capture-pane`.
public final class TmuxTerminal: @unchecked Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case tmuxMissing
        case timeout(waitingFor: String, screen: String)

        public var description: String {
            switch self {
            case .tmuxMissing: return "tmux is needed for the terminal tests ('make deps' installs it)"
            case let .timeout(text, screen): return "timed out waiting for \(text.debugDescription); screen:\n\(screen)"
            }
        }
    }

    private let socket = "workshop-test-\(UUID().uuidString)"

    public static var isAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
            || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
    }

    /// Starts `workshop arguments...` in a 120×40 pane; when it exits the pane prints `EXIT:<status>`.
    public init(_ arguments: [String], environment: [String: String] = [:]) throws {
        guard Self.isAvailable else { throw Failure.tmuxMissing }
        let exports = (["NO_COLOR": "1", "TERM": "xterm"].merging(environment) { $1 })
            .map { "\($0.key)=\(Self.quote($0.value))" }.joined(separator: " ")
        let command = "env \(exports) \(Self.quote(WorkshopProcess.binary.path)) "
            + arguments.map(Self.quote).joined(separator: " ") + "; echo EXIT:$?; sleep 60"
        try tmux(["new-session", "-d", "-s", "main", "-x", "120", "-y", "40", command])
    }

    deinit {
        _ = try? tmux(["kill-server"])
    }

    /// Types keys: text, or tmux key names such as "Tab", "Enter", "C-c", "BSpace", "Escape", "Up".
    public func send(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "main", "-l", key]) }
    }

    public func press(_ keys: String...) throws {
        for key in keys { try tmux(["send-keys", "-t", "main", key]) }
    }

    /// Makes the pane `columns` wide, as a facilitator narrowing or widening the window would.
    public func resize(columns: Int) throws {
        try tmux(["resize-window", "-t", "main", "-x", String(columns)])
    }

    public func debug() throws -> String {
        try tmux(["ls"]) + "|" + (try tmux(["capture-pane", "-t", "main", "-p"]))
    }

    /// The pane's title, which an `ESC ] 0 ; ... BEL` written to the pane would change.
    public func title() throws -> String {
        try tmux(["display-message", "-p", "-t", "main", "#{pane_title}"]).trimmingCharacters(in: .newlines)
    }

    public func screen() throws -> String {
        try tmux(["capture-pane", "-t", "main", "-p", "-N"])
    }

    /// Waits until the screen shows `text`, returning the screen.
    @discardableResult
    public func waitFor(_ text: String, seconds: Double = 10) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) { return last }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw Failure.timeout(waitingFor: text, screen: last + "\n[tmux ls: " + ((try? tmux(["ls"])) ?? "") + "]")
    }

    /// Runs tmux and returns what it printed. Spawned with posix_spawn and reaped with waitpid:
    /// Foundation's Process never sees the client exit when the tmux server it starts daemonises.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString)").path
        defer { unlink(output) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Tests run in parallel: without this the tmux server would inherit other tests' pipe ends
        // and hold them open, so their reads never reached end of file.
        // (glibc ignores closing descriptors that are not open.)
        for descriptor in Int32(3)..<1024 { posix_spawn_file_actions_addclose(&actions, descriptor) }
        let argv = (["tmux", "-L", socket, "-f", "/dev/null"] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The test runner's threads block most signals and posix_spawn passes the mask on: tmux and
        // the program in its pane would then never receive Ctrl-C or the SIGHUP of kill-server.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, "tmux", &actions, &attributes, argv, environ)
        guard spawned == 0 else { throw Failure.tmuxMissing }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    private static func quote(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
