import ArgumentParser
import Foundation
import WorkshopKit

extension Workshop {
    /// `workshop add-activity SESSION ID TITLE`: an activity the room suggested during the session.
    struct AddActivity: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-activity",
            abstract: "Add an activity to a session while it runs (the plan file is not changed).",
            discussion: "Example: workshop add-activity stirling-2015 peer-mentors \"Peer mentors\"")

        @OptionGroup var target: SessionOptions

        @Argument(help: "The new activity's id, e.g. peer-mentors.")
        var id: String

        @Argument(help: "Its title.")
        var title: String

        @Option(parsing: .unconditional, help: "A sentence describing it.")
        var description: String?

        @Option(parsing: .unconditional, help: "Its stage or category.")
        var stage: String?

        func run(session: Session, context: CommandContext) throws {
            guard !title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw CommandFailure("add-activity: the title is empty; give the activity a title after its id")
            }
            guard title.unicodeScalars.contains(where: { !$0.properties.isWhitespace && !ControlCharacters.contains($0) }) else {
                throw CommandFailure("add-activity: the title '\(title)' has nothing to show but control characters; "
                    + "give the activity a title after its id")
            }
            let activity = Activity(id: id, title: title, description: description ?? "", stage: stage)
            try session.record(.addActivity(activity), by: context.facilitator)
            context.console.out("added activity '\(id)': " + TerminalText.clean(title))
        }
    }
}
