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
        version: JournalFormat.version,
        subcommands: [
            Shell.self, Init.self, Check.self, Start.self, Open.self, Use.self, Score.self, Withdraw.self, Undo.self, Redo.self, Redact.self, Note.self,
            AddActivity.self, AddGroup.self, Close.self, Weight.self, Rate.self, Row.self, Action.self, Actions.self, Review.self,
            Idea.self, Ideas.self, Hide.self, Show.self, EditIdea.self, Theme.self, Vote.self, Dots.self,
            Series.self, Log.self, Status.self, Matrix.self, Summary.self, Compare.self, Trend.self, Export.self, Run.self,
            Merge.self, MergeDriver.self, GitSetup.self, Serve.self,
        ],
        defaultSubcommand: Shell.self
    )

    public init() {}

    /// Parses the process arguments, runs the command, and exits with its status.
    public static func start() -> Never {
        // A file-size limit should refuse a write with EFBIG, reported as "disk full", not kill us.
        signal(SIGXFSZ, SIG_IGN)
        let code = run(arguments: Array(CommandLine.arguments.dropFirst()), io: .standard())
        Foundation.exit(code)
    }

    /// Runs one command line through `io` and returns its exit status; errors go to its error stream.
    static func run(arguments: [String], io: CommandIO) -> Int32 {
        var name: String?
        var io = io
        // Start-up is most of what `--version` costs: answered before any parsing.
        if arguments == ["--version"] {
            io.console.out(JournalFormat.version)
            return 0
        }
        // A process never exits with a checkpoint half-written.
        defer { io.checkpoints.finishWriting() }
        do {
            let prepared = try prepare(arguments)
            name = prepared.command
            // With no command named, the prompt's: `workshop --root DIR`.
            if prepared.arguments.first?.hasPrefix("-") ?? true {
                try RepeatedOptions.check(prepared.arguments, for: Shell.self)
            } else if let command = prepared.command, prepared.arguments.first != "help" {
                try RepeatedOptions.check(Array(prepared.arguments.dropFirst()), for: try resolveCommand(command))
            }
            var parsed = try parseAsRoot(prepared.arguments)
            guard var command = parsed as? any WorkshopCommand else {
                try parsed.run()
                return 0
            }
            io = io.styled(command.global.color)
            try command.run(io: io)
            return 0
        } catch {
            return report(error, command: name, console: io.console, columns: io.terminal.columns)
        }
    }

    /// Writes an error the way both doors show it, `error: message`, after `place` (`line 4: ` in
    /// batch mode, `FILE:4: ` for a script, nothing at the shell), and returns the exit status: 1
    /// for every refusal. Help and version requests are not errors: they go to standard output.
    /// Help is fitted to `columns` (the terminal's width; 80 when output is piped).
    static func report(_ error: any Error, command: String? = nil, place: String = "", door: ErrorDoor = .shell,
                       console: Console, columns: Int? = nil) -> Int32 {
        if error is SilentFailure { return 1 }
        if !(error is CommandFailure), exitCode(for: error) == .success {
            // ArgumentParser wraps a help's descriptions, not its usage line: every line of a help is
            // fitted (not of a completion script, which is also "printed and done").
            var message = fullMessage(for: error, columns: columns)
            if let columns, message.hasPrefix("OVERVIEW:") || message.hasPrefix("USAGE:") { message = Wrap.text(message, width: columns) }
            if !message.isEmpty { console.out(message) }
            return 0
        }
        // Typed text can hold line breaks or escape sequences: the error stays one plain line.
        console.err(place + console.style.red("error:") + " " + TerminalText.clean(ErrorReport.message(for: error, command: command, door: door)))
        return 1
    }
}
