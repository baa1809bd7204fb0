import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop undo SESSION`: take back your most recent change.
    struct Undo: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "undo",
            abstract: "Take back your most recent change (the undo is itself recorded).",
            discussion: """
                Undo works on the changes made by you ($WORKSHOP_FACILITATOR, else $USER), newest first, and \
                survives a restart. 'redo' puts back what undo took.

                Example: workshop undo stirling-2015
                """,
            aliases: ["un"])

        @OptionGroup var target: SessionOptions

        func run(session: Session, context: CommandContext) throws {
            Console.out(TerminalText.clean(try Workshop.revert(.undo, session: session, context: context)))
        }
    }

    /// Records an undo or redo and says what it took back or put back.
    static func revert(_ change: Change, session: Session, context: CommandContext) throws(SessionError) -> String {
        let index = try session.record(change, by: context.facilitator)
        let described = session.state.describe(index)
        let verb = described.hasPrefix("redo") ? "redid" : "undid"
        return "\(verb) \(described.drop { $0 != ":" }.dropFirst(2))"
    }
}
