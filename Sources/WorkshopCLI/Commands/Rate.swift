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

        @Argument(help: "The persona (default: the one chosen with 'use').", completion: ShellCompletion.personas)
        var persona: String?

        @Argument(help: "The group (default: the one chosen with 'use').")
        var group: String?

        @Flag(name: .customLong("persona-change"), help: "Rate even though the group has so far answered as another persona.")
        var personaChange = false

        func run(session: Session, context: CommandContext) throws {
            guard context.terminal.inputIsTerminal else {
                throw CommandFailure("rate reads single keys from a terminal; in scripts use 'row'")
            }
            let state = session.state
            let missing = MissingWords(command: "rate", words: persona ?? context.persona == nil ? ["the persona"] : [],
                                       group: MissingWords.needsGroup(self.group ?? context.group, state: state))
            if let failure = missing.failure(groups: state.activeGroups, context: context, usage: "rate PERSONA GROUP",
                                             groupOption: false) {
                throw failure
            }
            let persona = try state.resolvePersona(self.persona ?? context.persona ?? "")
            let group = try state.resolveGroup(self.group ?? context.group)
            guard try PersonaChange.confirm(persona: persona, group: group, state: state, allowed: personaChange, context: context)
            else { return }
            var walk = GuidedRating(session: session, persona: persona, group: group, by: context.facilitator,
                                    console: context.console, terminal: context.terminal)
            context.console.out(try Terminal.withSingleKeys { try walk.run() })
        }
    }
}
