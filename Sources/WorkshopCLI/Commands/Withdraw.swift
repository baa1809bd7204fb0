import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop withdraw SESSION ACTIVITY PERSONA`: take a cell's answer back, leaving it empty.
    struct Withdraw: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "withdraw",
            abstract: "Take back the answer of one cell, leaving it empty (the log keeps it).",
            discussion: "Example: workshop withdraw stirling-2015 drop-in undergraduate --group table-3")

        static let completion = CompletionSpec(positionals: [.activities, .personas]).adding(CellOptions.completion)

        @OptionGroup var target: SessionOptions
        @OptionGroup var cellOptions: CellOptions

        @Argument(help: "The activity.")
        var activity: String

        @Argument(help: "The persona (at the prompt, after 'use persona', it may be left out).")
        var persona: String?

        func run(session: Session, context: CommandContext) throws {
            guard let persona = persona ?? context.persona else {
                throw CommandFailure("which persona? name it after the activity, or 'use PERSONA' first")
            }
            let cell = try cellOptions.cell(in: session.state, activity: activity, persona: persona, context: context)
            try session.record(.withdraw(cell), by: context.facilitator)
            context.console.out("withdrew " + TerminalText.clean(cell.display))
        }
    }
}
