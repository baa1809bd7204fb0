import Foundation

/// Facts about the terminal a command line runs at, passed in with the command's context: whether
/// input is one, how wide the output is, and how a walk waits for a key.
struct Terminal {
    /// The descriptors read and written; nil when the command runs in process (a test's buffers).
    let input: Int32?
    let output: Int32?
    let environment: [String: String]
    /// Runs a wait for the keyboard. The prompt sets it, where it runs a command inside a live
    /// room's gate, so the gate is let go while a guided rating waits for a key.
    var waitingForKey: ((() -> UInt8?) -> UInt8?)?

    /// The process's own standard input and output.
    static func standard(environment: [String: String]) -> Terminal {
        Terminal(input: STDIN_FILENO, output: STDOUT_FILENO, environment: environment)
    }

    /// Whether standard input is a terminal (the prompt) rather than a pipe or file (batch mode).
    var inputIsTerminal: Bool { input.map { isatty($0) == 1 } ?? false }

    /// Whether standard output is a terminal (so binary or raw output is not written to it).
    var outputIsTerminal: Bool { output.map { isatty($0) == 1 } ?? false }

    /// The width to fit tables and lists to: the terminal's, else `$COLUMNS`, else 80.
    var columns: Int { knownColumns ?? 80 }

    /// The terminal's width (asked each time: it may be resized between commands), else
    /// `$COLUMNS`; nil when output goes to a pipe or file and no width was given, so
    /// line-per-record output (`log`) can stay one record a line for other tools.
    var knownColumns: Int? {
        var size = winsize()
        if let output, isatty(output) == 1, ioctl(output, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        // A zero or negative `$COLUMNS` is no width at all.
        return environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
    }

    /// One byte from standard input, or nil at end of input.
    func readByte() -> UInt8? {
        if let wait = waitingForKey { return wait(Self.readByteNow) }
        return Self.readByteNow()
    }

    /// Runs `body` with the terminal reading single keys without echo (no Enter needed, Ctrl-C
    /// arrives as a key), restoring the terminal afterwards whatever happens.
    static func withSingleKeys<T>(_ body: () throws -> T) rethrows -> T {
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return try body() }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        return try body()
    }

    private static func readByteNow() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count == 1 { return byte }
            if count < 0 && errno == EINTR { continue }
            return nil
        }
    }

    /// Whether another byte arrives within `milliseconds` (tells a lone Esc from an arrow key).
    static func byteWaiting(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0
    }

    /// The tool's own cursor moves, the only control characters it writes on purpose: back to the
    /// start of the line and clear it; ring the bell; rub out the character before the cursor.
    enum Control: String {
        case clearLine = "\r\u{1B}[K"
        case bell = "\u{07}"
        case rubOut = "\u{08} \u{08}"
    }
}
