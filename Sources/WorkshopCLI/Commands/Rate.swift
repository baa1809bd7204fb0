import ArgumentParser
import Foundation
import WorkshopKit

extension Workshop {
    /// `rate [PERSONA] [GROUP]`: guided rating, one keystroke per score.
    struct Rate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Guided rating: each activity in turn, one key per answer (no Enter).",
            discussion: """
                For the current persona and group (see 'use'), or the ones named. Shows each activity with \
                the scale's keys: a key records the answer at once, ? records unsure, Backspace (or ←) goes \
                back one, Space (or →) skips, Esc, q or Ctrl-C leaves. Needs a terminal; scripts use 'row'.

                Example: rate undergraduate table-3
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The session: its id or a unique prefix.")
        var session: String

        @Argument(help: "The persona (default: the one chosen with 'use').")
        var persona: String?

        @Argument(help: "The group (default: the one chosen with 'use').")
        var group: String?

        func run() throws {
            guard Terminal.inputIsTerminal else {
                throw CommandFailure("rate reads single keys from a terminal; in scripts use 'row'")
            }
            let session = try global.openSession(self.session, writable: true)
            let state = session.state
            let persona: String, group: String
            do {
                guard let named = self.persona ?? ShellContext.current?.persona else {
                    throw SessionError.missing(kind: "persona", hint: "'rate PERSONA GROUP', or 'use PERSONA GROUP' first")
                }
                persona = try state.resolvePersona(named)
                group = try state.resolveGroup(self.group ?? ShellContext.current?.group)
            } catch {
                throw CommandFailure(error)
            }
            var walk = GuidedRating(session: session, persona: persona, group: group, by: global.facilitator)
            let summary = try Terminal.withSingleKeys { try walk.run() }
            Console.out(summary)
        }
    }
}
