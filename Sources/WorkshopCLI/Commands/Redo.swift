import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop redo SESSION`: put back what the last undo took.
    struct Redo: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "redo",
            abstract: "Put back the change your last undo took back.",
            discussion: "Example: workshop redo stirling-2015",
            aliases: ["re"])

        @OptionGroup var target: SessionOptions

        func run(session: Session, context: CommandContext) throws {
            Console.out(TerminalText.clean(try Workshop.revert(.redo, session: session, context: context)))
        }
    }
}
