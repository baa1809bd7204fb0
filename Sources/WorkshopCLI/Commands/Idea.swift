import ArgumentParser
import Foundation
import WorkshopKit

extension Workshop {
    /// `workshop idea SESSION TEXT`: an idea answering one of the plan's prompts, keyed in by the facilitator.
    struct Idea: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "idea",
            abstract: "Record an idea answering one of the plan's prompts, from a group.",
            discussion: """
                The rest of the line is the idea, no quotes needed, as for 'note': the long options count \
                anywhere on the line. The prompt: --prompt, else the plan's only one. The group: --group, else \
                the one chosen with 'use', else the only group. The idea records the persona the group plays \
                (that of its answers so far, else the persona chosen with 'use'). Ideas are numbered within \
                the session: %1, %2...; 'ideas' lists them.

                Example: workshop idea stirling-2015 start in freshers' week --prompt try-first --group table-2
                """)

        static let completion = CompletionSpec(options: ["--prompt": .prompts, "--group": .groups, "--activity": .activities])

        @OptionGroup var target: SessionOptions

        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The idea.", valueName: "text"))
        var words: [String] = []

        @Option(parsing: .unconditional, help: "The prompt it answers (default: the plan's only prompt).")
        var prompt: String?

        @Option(parsing: .unconditional, help: "The group it came from (default: the group chosen with 'use').")
        var group: String?

        @Option(parsing: .unconditional, help: "The activity it is about.")
        var activity: String?

        func run(session: Session, context: CommandContext) throws {
            let text = try FreeText.join(words, command: "idea")
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw CommandFailure("idea: the idea is empty; write it after 'idea'")
            }
            let state = session.state
            let promptID = try IdeaContext.prompt(prompt, in: state, command: "idea")
            let groupID = try group.map { (text) throws(SessionError) in try state.resolveGroup(text) }
                ?? context.group ?? state.resolveGroup(nil)
            let about = try activity.map { (text) throws(SessionError) in try state.resolveActivity(text) }
            let draft = IdeaDraft(prompt: promptID, group: groupID, persona: IdeaContext.persona(of: groupID, in: state, chosen: context.persona),
                                  activity: about, text: text)
            let index = try session.record(.idea(draft), by: context.facilitator)
            let id = session.state.recordID(index)
            guard let idea = session.state.ideaWall.idea(id) else { return }
            context.console.out(TerminalText.clean("idea \(idea.label) from \(idea.group) on \(idea.prompt): \"\(idea.text)\""))
        }
    }
}

/// What the idea commands share: the prompt meant when none is named, the persona a group plays.
enum IdeaContext {
    /// The prompt `typed` names, or the plan's only prompt; refused in one line listing the prompts.
    static func prompt(_ typed: String?, in state: SessionState, command: String, ask: String = "add --prompt") throws -> String {
        if let typed { return try state.resolvePrompt(typed) }
        let ids = state.plan.prompts.map(\.id)
        switch ids.count {
        case 0: throw CommandFailure("\(command): this session's plan has no prompts; add 'prompts:' to the plan")
        case 1: return ids[0]
        default: throw CommandFailure("\(command): which prompt? \(ask) (\(ids.joined(separator: ", ")))")
        }
    }

    /// The persona `group` plays: the one its answers so far were given as (the most answered, the
    /// chosen one on a tie), else the persona chosen at the prompt, else none.
    static func persona(of group: String, in state: SessionState, chosen: String?) -> String? {
        var counts: [String: Int] = [:]
        for (cell, _) in state.currentAnswers where cell.group == group { counts[cell.persona, default: 0] += 1 }
        guard let most = counts.values.max() else { return chosen }
        let leading = counts.filter { $0.value == most }.map(\.key).sorted()
        if let chosen, leading.contains(chosen) { return chosen }
        return leading.first
    }
}
