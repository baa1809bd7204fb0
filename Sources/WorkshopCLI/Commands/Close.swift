import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop close SESSION`: the session is over; further changes are refused until an undo.
    struct Close: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "close",
            abstract: "Close a session: further changes are refused ('undo' reopens it).",
            discussion: "Example: workshop close stirling-2015")

        @OptionGroup var target: SessionOptions

        func run(session: Session, context: CommandContext) throws {
            try session.record(.close, by: context.facilitator)
            context.console.out("closed session")
        }
    }
}
