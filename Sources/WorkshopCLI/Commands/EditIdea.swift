import ArgumentParser
import Foundation
import WorkshopKit

extension Workshop {
    /// `workshop edit SESSION %7 TEXT`: the facilitator rewords an idea.
    struct EditIdea: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Reword an idea (the facilitator may edit any group's).",
            discussion: """
                The idea first (%7, 7 or a record-id prefix), then its new text, no quotes needed. The \
                journal keeps every wording; 'undo' brings back the one before.

                Example: workshop edit stirling-2015 %7 start in freshers' week, not after it
                """)

        static let completion = CompletionSpec(positionals: [.ideas])

        @OptionGroup var target: SessionOptions

        @Argument(help: ArgumentHelp("The idea: %7, 7 or a record-id prefix.", valueName: "idea"))
        var idea: String

        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The new text.", valueName: "text"))
        var words: [String] = []

        func run(session: Session, context: CommandContext) throws {
            let text = try FreeText.join(words, command: "edit")
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw CommandFailure("edit: write the idea's new text after its number, e.g. 'edit %7 start earlier'")
            }
            let found = try session.state.resolveIdea(idea)
            try session.record(.editIdea(found.id, text: text, asGroup: nil), by: context.facilitator)
            let now = session.state.ideaWall.idea(found.id)?.text ?? text
            context.console.out(TerminalText.clean("edited \(found.label): \"\(now)\""))
        }
    }
}
