import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `row PERSONA GROUP ANSWERS...`: a group's paper sheet in one line, in plan order.
    struct Row: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "row",
            abstract: "Record a group's whole sheet in one line: one answer per activity, in plan order.",
            usage: "workshop row <session> <persona> <group> <answer>...",
            discussion: """
                Give one answer per activity (per activity and criterion when the plan has criteria), in \
                the plan's order; '-' leaves one empty, '?' is unsure. On a scale whose keys are one \
                character each, the answers may be typed together: '34452134' is eight answers. The row is refused whole, with \
                nothing written, if any answer is not on the scale or the count is wrong. At the prompt, \
                after 'use PERSONA GROUP', the answers alone will do.

                Example: workshop row stirling-2015 undergraduate table-3 4 3 5 ? 2 - 4 4 3 2 5 1 3 4
                """)

        static let completion = CompletionSpec(positionals: [.personas, .groups], rest: .both(.answers, .words(["-"])))

        @OptionGroup var target: SessionOptions

        @Argument(help: ArgumentHelp("The persona, the group, then the answers.", valueName: "persona> <group> <answer"),
                  completion: ShellCompletion.personas)
        var words: [String] = []

        @Flag(name: .customLong("persona-change"), help: "Record even though the group has so far answered as another persona.")
        var personaChange = false

        func run(session: Session, context: CommandContext) throws {
            let state = session.state
            let items = RatingItems(state: state)
            let sheet = try RowSheet(words: words, state: state, items: items, context: context)
            let persona = sheet.persona, group = sheet.group
            var changes: [Change] = []
            for (position, (item, text)) in zip(items.items, sheet.answers).enumerated() where text != "-" {
                guard let answer = try? state.resolveAnswer(text) else {
                    throw CommandFailure("row: answer \(position + 1) of \(items.count), '\(text)' for \(item.label), is not on "
                        + "the scale '\(state.plan.scale.name)' (\(RowSheet.keys(state.plan.scale))); nothing was recorded")
                }
                let cell = Cell(activity: item.activity, persona: persona, group: group, criterion: item.criterion)
                changes.append(.answer(cell, answer, note: nil))
            }
            guard try PersonaChange.confirm(persona: persona, group: group, state: state, allowed: personaChange, context: context)
            else { return }
            let given = changes.count
            changes.removeAll(where: state.changesNothing)
            if !changes.isEmpty { try session.record(all: changes, by: context.facilitator) }
            let notes = [
                given < items.count ? "\(items.count - given) left empty" : nil,
                given > changes.count ? "\(given - changes.count) unchanged" : nil,
            ].compactMap { $0 }
            context.console.out(TerminalText.clean("recorded \(changes.count) answers for \(persona) · \(group)")
                + (notes.isEmpty ? "" : " (\(notes.joined(separator: ", ")))"))
        }
    }
}

/// What guided rating and rows walk through: each activity, or each activity and criterion.
struct RatingItems {
    struct Item {
        var activity: String
        var criterion: String?
        var label: String
    }

    var items: [Item]
    var noun: String

    init(state: SessionState) {
        let criteria = state.plan.criteria
        if criteria.isEmpty {
            items = state.activeActivities.map { Item(activity: $0.id, criterion: nil, label: $0.title) }
            noun = "activity"
        } else {
            items = state.activeActivities.flatMap { activity in
                criteria.map { Item(activity: activity.id, criterion: $0.id, label: "\(activity.title) — \($0.title)") }
            }
            noun = "activity and criterion"
        }
    }

    var count: Int { items.count }
}
