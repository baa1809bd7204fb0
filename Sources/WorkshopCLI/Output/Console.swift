import Foundation
import WorkshopKit

/// Where commands write: results to standard output, problems to standard error. Every line passes
/// `TerminalText.output` on the way, so nothing but line breaks and, with colour on, the tool's own
/// colour codes reaches the terminal raw, whatever a command forgot to clean.
public enum Console {
    /// Writes a line of results to standard output.
    public static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((guarded(text) + "\n").utf8))
    }

    /// Writes a line about a problem to standard error.
    public static func err(_ text: String) {
        FileHandle.standardError.write(Data((guarded(text) + "\n").utf8))
    }

    /// Writes a document (Markdown, CSV, a calendar) to standard output as it is, tabs and CR LF
    /// line ends included, with any other control character written out; never in colour.
    static func document(_ text: String) {
        FileHandle.standardOutput.write(Data(TerminalText.output(text, .init(colour: false, document: true)).utf8))
    }

    /// Text the tool writes without a newline (the walks of `rate` and `review`).
    static func guarded(_ text: String) -> String {
        // Most lines hold no control character at all: no need to ask whether colour is on.
        guard !ControlCharacters.surelyAbsent(from: text),
              text.unicodeScalars.contains(where: { $0 != "\n" && ControlCharacters.contains($0) }) else { return text }
        return TerminalText.output(text, .init(colour: Style.enabled))
    }
}
