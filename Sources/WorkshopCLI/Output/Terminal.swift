import Foundation

/// Facts about the terminal the output goes to.
enum Terminal {
    /// Whether standard input is a terminal (the prompt) rather than a pipe or file (batch mode).
    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// The width to fit tables and lists to: the terminal's, else `$COLUMNS`, else 80.
    static var columns: Int { knownColumns ?? 80 }

    /// The terminal's width, else `$COLUMNS`; nil when output goes to a pipe or file and no width
    /// was given, so line-per-record output (`log`) can stay one record a line for other tools.
    static var knownColumns: Int? {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init)
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

    /// Runs a wait for the keyboard; the prompt sets it while a room is live so the room's gate is
    /// let go while a guided rating waits for a key. Main thread only.
    nonisolated(unsafe) static var waitingForKey: ((() -> UInt8?) -> UInt8?)?

    /// One byte from standard input, or nil at end of input.
    static func readByte() -> UInt8? {
        if let wait = waitingForKey { return wait(readByteNow) }
        return readByteNow()
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

    /// Writes without a newline, straight away, guarded as `Console` lines are.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(Console.guarded(text).utf8))
    }

    /// The tool's own cursor moves, the only control characters it writes on purpose: back to the
    /// start of the line and clear it; ring the bell; rub out the character before the cursor.
    enum Control: String {
        case clearLine = "\r\u{1B}[K"
        case bell = "\u{07}"
        case rubOut = "\u{08} \u{08}"
    }

    static func write(_ control: Control) {
        FileHandle.standardOutput.write(Data(control.rawValue.utf8))
    }
}
