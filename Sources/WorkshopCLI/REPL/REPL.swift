import ArgumentParser
import Foundation
import WorkshopKit

/// The prompt: reads command lines and runs each through the same command tree as the shell.
struct REPL {
    var context: ShellContext
    var reader: any LineReader
    /// Batch mode: no prompt, errors carry their line number, and `bail` stops at the first.
    var interactive: Bool
    var bail: Bool
    /// Where batch lines come from, for error messages: `line 4:` for standard input, `FILE:4:` for a script.
    var source: String? = nil

    /// Words that leave the prompt.
    static let quitWords: Set<String> = ["quit", "exit", ".quit", "\\q"]

    /// Runs until end of input or `quit`; returns how many commands failed.
    mutating func run() -> Int {
        var failures = 0
        var lineNumber = 0
        while let line = reader.readLine(prompt: prompt) {
            lineNumber += 1
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let words: [String]
            do {
                words = try Tokenizer.words(trimmed)
            } catch {
                failures += 1
                reportError("\(error)", line: lineNumber)
                if bail { break }
                continue
            }
            if let first = words.first, Self.quitWords.contains(first) { break }
            if execute(words, line: lineNumber) != 0 {
                failures += 1
                if bail { break }
            }
        }
        if interactive { Console.out("") }
        return failures
    }

    var prompt: String { interactive ? context.prompt : "" }

    /// Supplies the open session to commands that take one first.
    func withSession(_ words: [String]) -> [String] {
        guard let first = words.first, let session = context.session,
              Workshop.sessionCommandNames.contains(first),
              !words.dropFirst().contains(where: { $0 == "-h" || $0 == "--help" })
        else { return words }
        return [first, session.id] + words.dropFirst()
    }

    /// Runs one command line with this prompt's context; returns its exit status.
    func execute(_ words: [String], line: Int) -> Int32 {
        if words.first == Workshop.Shell.configuration.commandName || words.first == "run" {
            reportError(words.first == "run" ? "run a script from the shell: workshop run FILE"
                        : "already at the workshop prompt", line: line)
            return 1
        }
        return ShellContext.$current.withValue(context) {
            do {
                let expanded = try Workshop.expandingCommand(words)
                if expanded.first == "help" {
                    Console.out(try PromptHelp.text(for: Array(expanded.dropFirst())))
                    return 0
                }
                var command = try Workshop.parseAsRoot(withSession(expanded))
                try command.run()
                return 0
            } catch {
                return Workshop.report(error, place: place(line))
            }
        }
    }

    private func reportError(_ message: String, line: Int) {
        _ = Workshop.report(CommandFailure(message), place: place(line))
    }

    /// Where an error happened, as batch mode names it; nothing at the interactive prompt.
    private func place(_ line: Int) -> String {
        interactive ? "" : source.map { "\($0):\(line): " } ?? "line \(line): "
    }
}
