import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `use persona P`, `use group G`, `use P G` at the prompt: the context for short commands.
    struct Use: WorkshopCommand {
        static let configuration = CommandConfiguration(
            commandName: "use",
            abstract: "At the prompt: set the persona and group that short commands use.",
            discussion: """
                'use persona undergraduate', 'use group table-3', or both at once: 'use undergraduate table-3'. \
                Then 'score drop-in 4' needs only the activity and the answer. 'use none' clears both.

                Example: use phd table-1
                """)

        static let completion = CompletionSpec(positionals: [
            .both(.words(["persona", "group", "none"]), .both(.personas, .groups)),
            .custom { source, typed in typed.first == "persona" ? source.personas : source.groups },
        ])

        @OptionGroup var global: GlobalOptions

        @Argument(help: "'persona ID', 'group ID', 'PERSONA GROUP', or 'none'.")
        var words: [String] = []

        func run(in context: inout CommandContext) throws {
            guard context.atPrompt, let session = context.session else {
                throw CommandFailure("'use' needs an open session; 'open SESSION' first")
            }
            let state = session.state
            switch words.first {
            case "none"? where words.count == 1:
                (context.persona, context.group) = (nil, nil)
            case "persona"? where words.count == 2:
                context.persona = try state.resolvePersona(words[1])
            case "group"? where words.count == 2:
                context.group = try state.resolveGroup(words[1])
            case _ where words.count == 2:
                (context.persona, context.group) = (try state.resolvePersona(words[0]), try state.resolveGroup(words[1]))
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
            let now = [context.persona.map { "persona \($0)" }, context.group.map { "group \($0)" }].compactMap { $0 }
            context.console.out(now.isEmpty ? "using no persona or group" : "using " + TerminalText.clean(now.joined(separator: ", ")))
        }
    }
}
