import Foundation
import WorkshopKit

/// What a command line runs with besides its folder: where it writes and in what style, the
/// terminal, the environment, where batch mode's lines come from, and where answers from phones
/// wait to be printed. The binary passes the process's own; a test passes buffers.
struct CommandIO {
    var console: Console
    var terminal: Terminal
    let environment: [String: String]
    /// Batch mode's lines when they are not read from standard input (a test's input).
    let input: [String]?
    let notices: NoticeBoard
    /// Writes replay checkpoints in the background; the command line's end waits for it.
    let checkpoints = BackgroundWriter()

    /// The process's standard input, output and error, and its environment.
    static func standard() -> CommandIO {
        let environment = ProcessInfo.processInfo.environment
        let output = OutputSink.standardOutput()
        return CommandIO(
            console: Console(output: output, errors: .standardError(), style: Style(.auto, output: output, environment: environment)),
            terminal: .standard(environment: environment), environment: environment, input: nil, notices: NoticeBoard())
    }

    /// Buffers for output and error, `input` as batch mode's lines (not a terminal), `environment`
    /// in place of the process's.
    static func buffered(input: String, environment: [String: String]) -> CommandIO {
        let output = OutputSink.buffer()
        // As `readLine` reads a stream: split at each "\n", with a "\r" before it dropped; what
        // follows the last "\n" is a line only when it is not empty.
        var pieces = input.utf8.split(separator: 0x0A, omittingEmptySubsequences: false)
        let last = pieces.removeLast()
        var lines = pieces.map { String(decoding: $0.last == 0x0D ? $0.dropLast() : $0, as: UTF8.self) }
        if !last.isEmpty { lines.append(String(decoding: last, as: UTF8.self)) }
        return CommandIO(
            console: Console(output: output, errors: .buffer(), style: Style(.auto, output: output, environment: environment)),
            terminal: Terminal(input: nil, output: nil, environment: environment), environment: environment,
            input: lines, notices: NoticeBoard())
    }

    /// The same, in the style `--color` asks for (unchanged without it).
    func styled(_ mode: Style.Mode?) -> CommandIO {
        guard let mode else { return self }
        var styled = self
        styled.console.style = Style(mode, output: console.output, environment: environment)
        return styled
    }
}
