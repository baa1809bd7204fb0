import ArgumentParser
import WorkshopKit

/// A command of the tool. It runs with a `CommandContext` passed in: at the shell one made from
/// its global options, at the prompt the prompt's own. Declaring `completion` is how a command
/// tells tab completion what its arguments take.
protocol WorkshopCommand: ParsableCommand {
    var global: GlobalOptions { get }

    /// Runs the command; `open`, `use` and `start` change the context for later commands.
    mutating func run(in context: inout CommandContext) throws

    /// Runs the command at the shell, writing and reading through `io`.
    mutating func run(io: CommandIO) throws

    /// What tab completion offers for this command's arguments and option values.
    static var completion: CompletionSpec { get }
}

extension WorkshopCommand {
    /// At the shell: the context comes from the command's own global options.
    mutating func run(io: CommandIO) throws {
        var context = try CommandContext(global: global, io: io.styled(global.color))
        try run(in: &context)
    }

    /// ArgumentParser's entry, with the process's own streams (`Workshop.run` calls `run(io:)`).
    mutating func run() throws {
        try run(io: .standard())
    }

    static var completion: CompletionSpec { CompletionSpec() }
}

/// A command whose first argument is a session. Its default `run(in:)` opens the session (the one
/// the prompt holds when it names that) for reading or writing and hands it to the command's own
/// part. At the prompt with a session open, that argument is the open session.
protocol SessionCommand: WorkshopCommand {
    var target: SessionOptions { get }

    /// Whether the command records changes (and so needs the session's lock).
    static var changesSession: Bool { get }

    /// The command's own part, with its session open.
    func run(session: Session, context: CommandContext) throws
}

extension SessionCommand {
    var global: GlobalOptions { target.global }

    static var changesSession: Bool { true }

    mutating func run(in context: inout CommandContext) throws {
        let session: Session
        do {
            session = try context.openSession(target.session, writable: Self.changesSession)
        } catch {
            throw Self.noneOpen(error, context: context)
        }
        try run(session: session, context: context)
    }
}

extension SessionCommand {
    /// At a prompt with nothing open (an 'open' that failed, say), the first word after the command
    /// was taken as a session's name: say what is missing, not that 'drop-in' is an unknown session
    /// (a word close to a session's name keeps its did-you-mean).
    static func noneOpen(_ error: SessionError, context: CommandContext) -> any Error {
        guard context.atPrompt, context.session == nil, case let .unknownSession(word, nil, _) = error else { return error }
        let shown = TerminalText.clean(word)
        return CommandFailure("no session is open ('\(shown)' is not a session): 'open SESSION' first, "
            + "or name the session: '\(_commandName) SESSION \(shown) ...'")
    }
}

/// The session argument every session command shares, with the global options.
struct SessionOptions: ParsableArguments {
    @OptionGroup var global: GlobalOptions

    @Argument(help: "The session: its id or a unique prefix (at the prompt: the open session).",
              completion: ShellCompletion.sessions)
    var session: String
}

/// A session command that only reads: it opens the session without the lock, so it works while
/// another process (or the prompt) is recording.
protocol ReadingCommand: SessionCommand {}

extension ReadingCommand {
    static var changesSession: Bool { false }
}
