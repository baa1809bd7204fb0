import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop score SESSION ACTIVITY PERSONA ANSWER`: one answer, on disk before it is confirmed.
    struct Score: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "score",
            abstract: "Record an answer for an activity, persona and group.",
            usage: "workshop score <session> <activity> <persona> <answer> [--group <group>] [--criterion <criterion>] [--note <text>]",
            discussion: """
                Ids may be shortened to any unique prefix; an activity is also found by a word of its title. \
                The answer is a key of the plan's scale (e.g. 4, g), a label (green), or ? for unsure. A later \
                answer for the same cell replaces the earlier one, which stays in the log; the same answer \
                again changes nothing.

                Example: workshop score stirling-2015 drop-in undergraduate 4 --group table-3
                """,
            aliases: ["sc"])

        static let completion = CompletionSpec(positionals: [
            .activities,
            .custom { source, _ in source.personas + (source.persona == nil ? [] : source.answers) },
            .answers,
        ]).adding(CellOptions.completion)

        @OptionGroup var target: SessionOptions
        @OptionGroup var cellOptions: CellOptions

        @Argument(help: "The activity: its id, a unique prefix, or a word of its title.")
        var activity: String

        @Argument(help: ArgumentHelp("The persona, then the answer.", valueName: "persona> <answer"))
        var personaAndAnswer: [String]

        @Option(name: .shortAndLong, parsing: .unconditional, help: "A note kept with the answer.")
        var note: String?

        func run(session: Session, context: CommandContext) throws {
            var words = personaAndAnswer
            if words.count == 1, let persona = context.persona { words.insert(persona, at: 0) }
            guard words.count == 2 else {
                throw CommandFailure(words.count < 2
                    ? "score needs a persona and an answer after the activity (or 'use persona' first); see 'help score'"
                    : "too many words after the activity: '\(words.joined(separator: " "))'; quote a note with --note \"...\"")
            }
            // No copy of the state outlives this block: one would make recording copy all of it.
            let (change, shown, was): (Change, String, String)
            do {
                let state = session.state
                let cell = try cellOptions.cell(in: state, activity: activity, persona: words[0], context: context)
                let answer = try state.resolveAnswer(words[1])
                change = Change.answer(cell, answer, note: note)
                shown = TerminalText.clean("\(cell.display) = \(answer.display(on: state.plan.scale))")
                if state.changesNothing(change) {
                    context.console.out("unchanged: \(shown) already; nothing written")
                    return
                }
                was = state.answer(for: cell).map { " (was \(TerminalText.clean($0.display(on: state.plan.scale))))" } ?? ""
            }
            try session.record(change, by: context.facilitator)
            context.console.out(context.console.style.green("recorded") + " \(shown)\(was)")
        }
    }
}
