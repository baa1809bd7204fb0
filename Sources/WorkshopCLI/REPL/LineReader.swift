import Foundation

/// Where the prompt's lines come from: readline at a terminal, a plain stream otherwise.
protocol LineReader {
    /// The next line without its newline, or nil at end of input.
    mutating func readLine(prompt: String) -> String?

    /// What tab completion draws on for the next line (only readline completes).
    func offer(_ source: CompletionSource)
}

extension LineReader {
    func offer(_ source: CompletionSource) {}
}

/// Reads lines from a non-terminal input with no prompt and no echo (batch mode).
struct StreamLineReader: LineReader {
    mutating func readLine(prompt: String) -> String? {
        Swift.readLine(strippingNewline: true)
    }
}

/// Reads the lines of a script file (`workshop run FILE`).
struct ScriptLineReader: LineReader {
    var lines: [String]
    private var next = 0

    init(lines: [String]) {
        self.lines = lines
    }

    mutating func readLine(prompt: String) -> String? {
        guard next < lines.count else { return nil }
        defer { next += 1 }
        return lines[next]
    }
}
