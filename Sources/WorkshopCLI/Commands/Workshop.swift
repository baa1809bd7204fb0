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
        let io = CommandIO.standard()
        // ArgumentParser lays help out at `$COLUMNS` (else the terminal's width) itself, and stops
        // the program when that leaves no room for its indentation (`COLUMNS=25 workshop help`):
        // a narrower width, or a `$COLUMNS` of 0 or less, is raised to the help's 40.
        let asked = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? io.terminal.knownColumns
        if let asked, asked < helpWidth(asked) { setenv("COLUMNS", String(helpWidth(asked)), 1) }
        let code = run(arguments: Array(CommandLine.arguments.dropFirst()), io: io)
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
                // ArgumentParser's own `help` lays help out at the terminal's width itself and stops
                // the program below about 28 columns: asked as a help request, `report` fits it.
                if prepared.arguments.first == "help" {
                    let named = try prepared.arguments.dropFirst().first { !$0.hasPrefix("-") }.map(resolveCommand)
                    throw CleanExit.helpRequest(named ?? Workshop.self)
                }
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

    /// The width help is laid out in: the terminal's, but never under 40 columns, where
    /// ArgumentParser's layout has no room for its own indentation and stops the program
    /// (`COLUMNS=25 workshop help` did).
    static func helpWidth(_ columns: Int) -> Int { max(40, columns) }

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
            let columns = columns.map(helpWidth)
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
