import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop weight SESSION PERSONA WEIGHT`: how much a persona counts in this session's standings.
    struct Weight: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "weight",
            abstract: "Set a persona's weight for this session's summaries and exports.",
            discussion: """
                Overrides the weight in the persona's file for this session only (the file is unchanged), \
                e.g. because students are most of our users. Recorded in the journal, so 'undo' takes it back. \
                A --weight option on 'summary' or 'export' overrides it again for that one command.

                Example: workshop weight demo-2015 undergraduate 3
                """)

        static let completion = CompletionSpec(positionals: [.personas])

        @OptionGroup var target: SessionOptions

        @Argument(help: "The persona.")
        var persona: String

        // Taken as text, so that '-1' reaches our own message rather than reading as an option.
        @Argument(parsing: .allUnrecognized, help: ArgumentHelp(
            "The weight: a number of at least 0 (0 leaves the persona out of standings).", valueName: "weight"))
        var weight: [String] = []

        func run(session: Session, context: CommandContext) throws {
            guard weight.count == 1, let value = Double(weight[0]), value.isFinite, value >= 0 else {
                let given = weight.isEmpty ? "nothing" : "'\(weight.joined(separator: " "))'"
                throw CommandFailure("weight: got \(given); give one number of at least 0, e.g. 2 (0 leaves the persona out)")
            }
            let persona = try session.state.resolvePersona(self.persona)
            try session.record(.weight(persona: persona, value), by: context.facilitator)
            context.console.out("weight of \(TerminalText.clean(persona)) set to \(SessionSummary.number(value)) for this session")
        }
    }
}
