import ArgumentParser
import Foundation

/// Colour in output: only for a terminal, never with `NO_COLOR` or `TERM=dumb`, unless `--color always`.
/// Colour only ever repeats what the words say; nothing is shown by colour alone. A value, decided
/// once per command line from `--color`, the output and the environment, and passed in.
struct Style: Sendable {
    enum Mode: String, CaseIterable, ExpressibleByArgument {
        case auto, always, never
    }

    let enabled: Bool

    /// The style `mode` asks for, writing to `output` with `environment`.
    init(_ mode: Mode, output: OutputSink, environment: [String: String]) {
        switch mode {
        case .always: enabled = true
        case .never: enabled = false
        case .auto:
            enabled = output.descriptor.map { isatty($0) == 1 } ?? false
                && environment["NO_COLOR"] == nil && environment["TERM"] != "dumb"
        }
    }

    func bold(_ text: String) -> String { wrap(text, "1") }
    func green(_ text: String) -> String { wrap(text, "32") }
    func red(_ text: String) -> String { wrap(text, "1;31") }
    func dim(_ text: String) -> String { wrap(text, "2") }

    private func wrap(_ text: String, _ code: String) -> String {
        enabled ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    /// Words laid out in lines of at most `width` columns, later lines indented by `indent`; a word
    /// is never split (`Wrap.fit` cuts one too wide for any line).
    static func wrapList(_ words: [String], first: String, indent: Int, width: Int) -> [String] {
        var lines: [String] = []
        var current = first
        for (index, word) in words.enumerated() {
            let piece = word + (index < words.count - 1 ? "," : "")
            if TextWidth.columns(current) + 1 + TextWidth.columns(piece) > width, TextWidth.columns(current) > indent {
                lines.append(current)
                current = String(repeating: " ", count: indent) + piece
            } else {
                current += (current.hasSuffix(" ") || current.isEmpty ? "" : " ") + piece
            }
        }
        lines.append(current)
        return lines
    }
}
