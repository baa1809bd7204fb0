import ArgumentParser
import WorkshopKit

/// The group and criterion options of the commands that name a cell.
struct CellOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The group or table (may be left out when the plan has one group, or at the prompt after 'use').")
    var group: String?

    @Option(name: .shortAndLong, help: "The criterion, when the plan rates several per activity.")
    var criterion: String?

    static let completion = CompletionSpec(options: ["--group": .groups, "--criterion": .criteria])

    /// Resolves the cell from what was typed; the group defaults to the one chosen with 'use'.
    func cell(in state: SessionState, activity: String, persona: String, context: CommandContext) throws(SessionError) -> Cell {
        Cell(
            activity: try state.resolveActivity(activity), persona: try state.resolvePersona(persona),
            group: try state.resolveGroup(group ?? context.group), criterion: try state.resolveCriterion(criterion))
    }
}
