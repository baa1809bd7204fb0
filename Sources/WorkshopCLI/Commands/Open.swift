import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `open SESSION` at the prompt: the session later commands work on.
    struct Open: WorkshopCommand {
        static let configuration = CommandConfiguration(
            commandName: "open",
            abstract: "At the prompt: open a session for the commands that follow.",
            discussion: """
                While a session is open, commands take it as their session: 'score drop-in undergraduate 4 \
                -g table-3'. The prompt holds the session's lock; --read-only opens a session another \
                process is writing, to watch it.

                Example: open stirling-2015
                """)

        static let completion = CompletionSpec(positionals: [.sessions])

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The session: its id or a unique prefix.")
        var session: String

        @Flag(help: "Open without the lock: read, never write.")
        var readOnly = false

        func run(in context: inout CommandContext) throws {
            guard context.atPrompt else {
                throw CommandFailure("'open' works at the prompt: run 'workshop' and type 'open \(session)'")
            }
            let opened: Session
            do {
                opened = try context.openSession(session, writable: !readOnly)
            } catch {
                guard case let .journal(.inUse(id, pid)) = error else { throw error }
                let who = pid.map { "by process \($0)" } ?? "by another process"
                throw CommandFailure("session '\(id)' is in use \(who); 'open \(session) --read-only' watches it without writing")
            }
            context.session = opened
            context.persona = nil
            context.group = nil
            let status = opened.state.status
            context.console.out("opened '\(TerminalText.clean(opened.id))'\(opened.isReadOnly ? " read-only" : ""): "
                + "\(plural(status.answers, "answer")), \(status.filledMatrixCells) of \(status.matrixCells) cells")
        }
    }
}
