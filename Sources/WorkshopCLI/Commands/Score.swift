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

        // Optional here so the command itself names what is missing, knowing what 'use' has chosen.
        @Argument(help: "The activity: its id, a unique prefix, or a word of its title.")
        var activity: String?

        @Argument(help: ArgumentHelp("The persona, then the answer.", valueName: "persona> <answer"),
                  completion: ShellCompletion.personas)
        var personaAndAnswer: [String] = []

        @Option(name: .shortAndLong, parsing: .unconditional, help: "A note kept with the answer.")
        var note: String?

        @Flag(name: .customLong("persona-change"), help: "Record even though the group has so far answered as another persona.")
        var personaChange = false

        func run(session: Session, context: CommandContext) throws {
            var words = personaAndAnswer
            guard words.count <= 2 else {
                throw CommandFailure("too many words after the activity: '\(words.joined(separator: " "))'; quote a note with --note \"...\"")
            }
            try refuseMissing(state: session.state, context: context)
            if words.count == 1, let persona = context.persona { words.insert(persona, at: 0) }
            guard let activity else { return }
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
                guard try PersonaChange.confirm(persona: cell.persona, group: cell.group, state: state, allowed: personaChange,
                                                answered: state.answer(for: cell) != nil, context: context) else { return }
                was = state.answer(for: cell).map { " (was \(TerminalText.clean($0.display(on: state.plan.scale))))" } ?? ""
            }
            try session.record(change, by: context.facilitator)
            context.console.out(context.console.style.green("recorded") + " \(shown)\(was)")
        }

        /// Names what is still missing (the activity, persona, answer, group), leaving out what 'use' chose.
        private func refuseMissing(state: SessionState, context: CommandContext) throws {
            let typed = [activity].compactMap { $0 } + personaAndAnswer
            var needed = ["the activity", "the persona", "the answer"]
            if context.persona != nil, typed.count < 3 { needed.remove(at: 1) }
            var missing = Array(needed.dropFirst(typed.count))
            // A last word that is an answer (and not the activity) was meant as the answer: what is
            // missing comes before it (`score drop-in 4` lacks the persona, `score 3` the activity).
            if let last = typed.last, typed.count < needed.count, (try? state.resolveAnswer(last)) != nil,
               typed.count > 1 || (try? state.resolveActivity(last)) == nil {
                missing = Array(needed[(typed.count - 1)..<(needed.count - 1)])
            }
            let group = MissingWords.needsGroup(cellOptions.group ?? context.group, state: state)
            let words = MissingWords(command: "score", words: missing, group: group)
            if let failure = words.failure(groups: state.activeGroups, context: context, usage: Self.shortUsage(context)) {
                throw failure
            }
        }

        /// The words `score` takes, as the door it is typed at shows them.
        private static func shortUsage(_ context: CommandContext) -> String {
            context.atPrompt && context.session != nil
                ? "score ACTIVITY \(context.persona == nil ? "PERSONA " : "")ANSWER [--group GROUP]"
                : (context.atPrompt ? "" : "workshop ") + "score SESSION ACTIVITY PERSONA ANSWER [--group GROUP]"
        }
    }
}
