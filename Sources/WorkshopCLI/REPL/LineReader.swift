import Foundation

/// Where the prompt's lines come from: readline at a terminal, a plain stream otherwise.
protocol LineReader {
    /// The next line without its newline, or nil at end of input.
    mutating func readLine(prompt: String) -> String?
}

/// Reads lines from a non-terminal input with no prompt and no echo (batch mode).
struct StreamLineReader: LineReader {
    mutating func readLine(prompt: String) -> String? {
        Swift.readLine(strippingNewline: true)
    }
}
