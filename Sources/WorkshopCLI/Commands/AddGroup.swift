import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop add-group SESSION ID`: a group or table that turned up.
    struct AddGroup: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-group",
            abstract: "Add a group or table to a session while it runs.",
            discussion: "Example: workshop add-group stirling-2015 table-6")

        @OptionGroup var target: SessionOptions

        @Argument(help: "The new group's id, e.g. table-6.")
        var id: String

        func run(session: Session, context: CommandContext) throws {
            try session.record(.addGroup(id), by: context.facilitator)
            context.console.out("added group '\(id)'")
        }
    }
}
