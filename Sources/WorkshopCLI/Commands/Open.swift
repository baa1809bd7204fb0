import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `open SESSION` at the prompt: the session later commands work on.
    struct Open: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "At the prompt: open a session for the commands that follow.",
            discussion: """
                While a session is open, commands take it as their session: 'score drop-in undergraduate 4 \
                -g table-3'. The prompt holds the session's lock; --read-only opens a session another \
                process is writing, to watch it.

                Example: open stirling-2015
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The session: its id or a unique prefix.")
        var session: String

        @Flag(help: "Open without the lock: read, never write.")
        var readOnly = false

        func run() throws {
            guard let context = ShellContext.current else {
                throw CommandFailure("'open' works at the prompt: run 'workshop' and type 'open \(session)'")
            }
            let opened: Session
            do {
                opened = try global.openSession(session, writable: !readOnly)
            } catch let failure as CommandFailure where failure.message.contains("is in use") {
                let holder = failure.message.components(separatedBy: ";").first ?? failure.message
                throw CommandFailure("\(holder); 'open \(session) --read-only' watches it without writing")
            }
            context.session = opened
            context.persona = nil
            context.group = nil
            let status = opened.state.status
            Console.out("opened '\(opened.id)'\(opened.isReadOnly ? " read-only" : ""): "
                + "\(plural(status.answers, "answer")), \(status.filledMatrixCells) of \(status.matrixCells) cells")
        }
    }

    /// `use persona P`, `use group G`, `use P G` at the prompt: the context for short commands.
    struct Use: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "At the prompt: set the persona and group that short commands use.",
            discussion: """
                'use persona undergraduate', 'use group table-3', or both at once: 'use undergraduate table-3'. \
                Then 'score drop-in 4' needs only the activity and the answer. 'use none' clears both.

                Example: use phd table-1
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "'persona ID', 'group ID', 'PERSONA GROUP', or 'none'.")
        var words: [String] = []

        func run() throws {
            guard let context = ShellContext.current, let session = context.session else {
                throw CommandFailure("'use' needs an open session; 'open SESSION' first")
            }
            let state = session.state
            do {
                switch words.first {
                case "none"?:
                    context.persona = nil
                    context.group = nil
                case "persona"? where words.count == 2:
                    context.persona = try state.resolvePersona(words[1])
                case "group"? where words.count == 2:
                    context.group = try state.resolveGroup(words[1])
                case _ where words.count == 2:
                    let persona = try state.resolvePersona(words[0])
                    let group = try state.resolveGroup(words[1])
                    (context.persona, context.group) = (persona, group)
                case _ where words.count == 1:
                    // One word: a persona or a group, whichever it names.
                    if let persona = try? state.resolvePersona(words[0]) {
                        context.persona = persona
                    } else {
                        context.group = try state.resolveGroup(words[0])
                    }
                default:
                    throw CommandFailure("use: expected 'persona ID', 'group ID', 'PERSONA GROUP' or 'none'")
                }
            } catch let error as SessionError {
                throw CommandFailure(error)
            }
            let now = [context.persona.map { "persona \($0)" }, context.group.map { "group \($0)" }].compactMap { $0 }
            Console.out(now.isEmpty ? "using no persona or group" : "using " + now.joined(separator: ", "))
        }
    }
}
