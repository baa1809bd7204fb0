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

/// What a command still lacks once the prompt's `use` has filled in what it can, named alone: after
/// `use academic`, `score 3` is missing an activity and a group, never a persona.
struct MissingWords {
    /// The command, for the start of the message.
    var command: String
    /// The words missing, in the order they are typed ("the activity", "the answer").
    var words: [String] = []
    /// Whether the group is missing too (no `--group`, no `use group`, and more than one group).
    var group = false

    /// The refusal, or nil when nothing is missing. Only the group missing keeps the words it
    /// always had: "which group? add --group (table-1, table-2)", and at the prompt 'use group'.
    func failure(groups: [String], context: CommandContext, usage: String, groupOption: Bool = true) -> CommandFailure? {
        let list = groups.joined(separator: ", ")
        let how = groupOption ? "add --group (\(list))" : "name it after the persona (\(list))"
        let use = context.atPrompt && context.session != nil ? ", or 'use group NAME' first" : ""
        if words.isEmpty {
            return group ? CommandFailure("which group? \(how)\(use)") : nil
        }
        let all = words + (group ? ["the group"] : [])
        let named = all.count == 1 ? all[0] : all.dropLast().joined(separator: ", ") + " and " + all[all.count - 1]
        let hint = group ? "; for the group \(how)\(use)" : ""
        return CommandFailure("\(command): missing \(named)\(hint); usage: \(usage)")
    }

    /// Whether `state` needs a group named: more than one group, none given or chosen with `use`.
    static func needsGroup(_ given: String?, state: SessionState) -> Bool {
        given == nil && state.activeGroups.count != 1
    }
}

extension MissingWords {
    /// Throws the refusal when something is missing.
    func check(groups: [String], context: CommandContext, usage: String, groupOption: Bool = true) throws(CommandFailure) {
        if let failure = failure(groups: groups, context: context, usage: usage, groupOption: groupOption) { throw failure }
    }
}
