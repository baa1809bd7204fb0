import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop redo SESSION`: put back what the last undo took.
    struct Redo: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "redo",
            abstract: "Put back the change your last undo took back.",
            discussion: "Example: workshop redo stirling-2015 --count 2",
            aliases: ["re"])

        @OptionGroup var target: SessionOptions

        @Option(help: "Put back this many changes, the last undone first: all of them, or none.")
        var count: Int = 1

        @Flag(help: "Put back every answer of the 'rate' walk that 'undo --walk' took back.")
        var walk = false

        func run(session: Session, context: CommandContext) throws {
            for line in try Workshop.revert(.redo, count: count, walk: walk, session: session, context: context) {
                context.console.out(TerminalText.clean(line))
            }
        }
    }
}
