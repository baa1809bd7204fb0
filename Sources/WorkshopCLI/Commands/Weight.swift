import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop weight SESSION PERSONA WEIGHT`: how much a persona counts in this session's standings.
    struct Weight: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a persona's weight for this session's summaries and exports.",
            discussion: """
                Overrides the weight in the persona's file for this session only (the file is unchanged), \
                e.g. because students are most of our users. Recorded in the journal, so 'undo' takes it back. \
                A --weight option on 'summary' or 'export' overrides it again for that one command.

                Example: workshop weight demo-2015 undergraduate 3
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The session: its id or a unique prefix.")
        var session: String

        @Argument(help: "The persona.")
        var persona: String

        @Argument(help: "The weight: a number of at least 0 (0 leaves the persona out of standings).")
        var weight: Double

        func run() throws {
            let message = try global.change(session) { (session) throws(SessionError) -> String in
                let persona = try session.state.resolvePersona(self.persona)
                try session.record(.weight(persona: persona, weight), by: global.facilitator)
                return "weight of \(persona) set to \(SessionSummary.number(weight)) for this session"
            }
            Console.out(message)
        }
    }
}
