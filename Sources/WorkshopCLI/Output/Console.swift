import Foundation
import WorkshopKit

/// Where a command writes: results to its output, problems to its error stream, in the style the
/// command line asked for. Passed in with the command's context (standard output and error, or
/// buffers in tests). Every line passes `TerminalText.output` on the way, so nothing but line
/// breaks and, with colour on, the tool's own colour codes reaches the terminal raw, whatever a
/// command forgot to clean.
struct Console {
    let output: OutputSink
    let errors: OutputSink
    var style: Style

    /// Writes a line of results to the output.
    func out(_ text: String) {
        output.write(guarded(text) + "\n")
    }

    /// Writes a line about a problem to the error stream.
    func err(_ text: String) {
        errors.write(guarded(text) + "\n")
    }

    /// Writes a document (Markdown, CSV, a calendar) to the output as it is, tabs and CR LF line
    /// ends included, with any other control character written out; never in colour.
    func document(_ text: String) {
        output.write(TerminalText.output(text, .init(colour: false, document: true)))
    }

    /// Writes without a newline, straight away (the walks of `rate` and `review`).
    func write(_ text: String) {
        output.write(guarded(text))
    }

    /// The tool's own cursor moves, the only control characters it writes on purpose.
    func write(_ control: Terminal.Control) {
        output.write(control.rawValue)
    }

    private func guarded(_ text: String) -> String {
        // Most lines hold no control character at all: no need to ask whether colour is on.
        guard !ControlCharacters.surelyAbsent(from: text),
              text.unicodeScalars.contains(where: { $0 != "\n" && ControlCharacters.contains($0) }) else { return text }
        return TerminalText.output(text, .init(colour: style.enabled))
    }
}
