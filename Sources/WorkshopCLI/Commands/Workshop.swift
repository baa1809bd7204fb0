import ArgumentParser
import Foundation
import WorkshopKit

/// The `workshop` command: rate activities per persona, live, and summarise what the room said.
public struct Workshop: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "workshop",
        abstract: "Score workshop activities per persona, live, and see what works for whom.",
        discussion: """
            With no command, opens the interactive prompt (or, when standard input is not a terminal, \
            reads commands from it, one per line).
            """,
        version: "0.1.0",
        subcommands: [
            Shell.self, Check.self, Start.self, Open.self, Use.self, Score.self, Withdraw.self, Undo.self, Redo.self, Note.self,
            AddActivity.self, AddGroup.self, Close.self, Weight.self, Rate.self, Row.self, Log.self, Status.self, Matrix.self, Summary.self, Export.self, Run.self,
        ],
        defaultSubcommand: Shell.self
    )

    public init() {}

    /// Parses the process arguments, runs the command, and exits with its status.
    public static func start() -> Never {
        // A file-size limit should refuse a write with EFBIG, reported as "disk full", not kill us.
        signal(SIGXFSZ, SIG_IGN)
        let code = run(arguments: Array(CommandLine.arguments.dropFirst()))
        Foundation.exit(code)
    }

    /// Runs one command line and returns its exit status; errors are written to standard error.
    @discardableResult
    public static func run(arguments: [String]) -> Int32 {
        do {
            var command = try parseAsRoot(try expandingCommand(arguments))
            try command.run()
            return 0
        } catch {
            return report(error)
        }
    }

    /// The names of the commands, for `help`, completion and suggestions.
    static var commandNames: [String] {
        configuration.subcommands.map { $0._commandName }
    }

    /// The command a word names: the name itself or a unique prefix of one (`sc` is `score`).
    static func expandedCommandName(_ word: String) -> String? {
        if commandNames.contains(word) || word == "help" { return word }
        let matches = commandNames.filter { $0.hasPrefix(word) }
        return matches.count == 1 ? matches[0] : nil
    }

    /// The arguments with a shortened command name written out. Refuses a first word that is
    /// neither an option nor a command, which ArgumentParser would otherwise hand to the default
    /// command with a puzzling message.
    static func expandingCommand(_ arguments: [String]) throws -> [String] {
        guard let word = arguments.first, !word.hasPrefix("-") else { return arguments }
        if let name = expandedCommandName(word) { return [name] + arguments.dropFirst() }
        let matches = commandNames.filter { $0.hasPrefix(word) }
        if matches.count > 1 {
            throw CommandFailure("command '\(word)' is ambiguous: \(matches.joined(separator: ", ")); type more of it")
        }
        let hint = Suggestion.closest(to: word, in: commandNames).map { "did you mean '\($0)'?" }
            ?? "see 'workshop --help' for the list"
        throw CommandFailure("unknown command '\(word)'; \(hint)")
    }

    /// Writes an error the way both doors show it, `error: message`, after `place` (`line 4: ` in
    /// batch mode, `FILE:4: ` for a script, nothing at the shell), and returns the exit status.
    /// Help and version requests are not errors: they go to standard output.
    static func report(_ error: Error, place: String = "") -> Int32 {
        let code: Int32, message: String
        switch error {
        case let failure as CommandFailure: (code, message) = (1, failure.message)
        case is SilentFailure: return 1
        default: (code, message) = (exitCode(for: error).rawValue, fullMessage(for: error))
        }
        if code == 0 {
            if !message.isEmpty { Console.out(message) }
        } else {
            let text = message.hasPrefix("Error: ") ? String(message.dropFirst("Error: ".count)) : message
            Console.err(place + Style.red("error:") + " " + text)
        }
        return code
    }
}
