import ArgumentParser
import Foundation
import WorkshopKit

extension Workshop {
    /// `rate [PERSONA] [GROUP]`: guided rating, one keystroke per score.
    struct Rate: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "rate",
            abstract: "Guided rating: each activity in turn, one key per answer (no Enter).",
            discussion: """
                For the current persona and group (see 'use'), or the ones named. Shows each activity with \
                the scale's keys: a key records the answer at once, ? records unsure, Backspace (or ←) goes \
                back one, Space (or →) skips, Esc, q or Ctrl-C leaves. A key that begins a longer one (1 on \
                a 1-10 scale) waits for the next key or Enter: 1 0 records 10, 1 Enter records 1. Needs a \
                terminal; scripts use 'row'.

                Example: rate undergraduate table-3
                """)

        static let completion = CompletionSpec(positionals: [.personas, .groups])

        @OptionGroup var target: SessionOptions

        @Argument(help: "The persona (default: the one chosen with 'use').")
        var persona: String?

        @Argument(help: "The group (default: the one chosen with 'use').")
        var group: String?

        func run(session: Session, context: CommandContext) throws {
            guard context.terminal.inputIsTerminal else {
                throw CommandFailure("rate reads single keys from a terminal; in scripts use 'row'")
            }
            guard let named = persona ?? context.persona else {
                throw CommandFailure("which persona? 'rate PERSONA GROUP', or 'use PERSONA GROUP' first")
            }
            let state = session.state
            let persona = try state.resolvePersona(named)
            let group = try state.resolveGroup(self.group ?? context.group)
            var walk = GuidedRating(session: session, persona: persona, group: group, by: context.facilitator,
                                    console: context.console, terminal: context.terminal)
            context.console.out(try Terminal.withSingleKeys { try walk.run() })
        }
    }
}
