import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop add-activity SESSION ID TITLE`: an activity the room suggested during the session.
    struct AddActivity: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-activity",
            abstract: "Add an activity to a session while it runs (the plan file is not changed).",
            discussion: "Example: workshop add-activity stirling-2015 peer-mentors \"Peer mentors\"")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The session: its id or a unique prefix.")
        var session: String

        @Argument(help: "The new activity's id, e.g. peer-mentors.")
        var id: String

        @Argument(help: "Its title.")
        var title: String

        @Option(help: "A sentence describing it.")
        var description: String?

        @Option(help: "Its stage or category.")
        var stage: String?

        func run() throws {
            guard Identifier.isValid(id) else {
                throw CommandFailure("invalid activity id '\(id)'; use lower-case letters, digits, '-' or '_'")
            }
            let activity = Activity(id: id, title: title, description: description ?? "", stage: stage)
            try global.change(session) { (session) throws(SessionError) in
                try session.record(.addActivity(activity), by: global.facilitator)
            }
            Console.out("added activity '\(id)': \(title)")
        }
    }

    /// `workshop add-group SESSION ID`: a group or table that turned up.
    struct AddGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-group",
            abstract: "Add a group or table to a session while it runs.",
            discussion: "Example: workshop add-group stirling-2015 table-6")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The session: its id or a unique prefix.")
        var session: String

        @Argument(help: "The new group's id, e.g. table-6.")
        var id: String

        func run() throws {
            guard Identifier.isValid(id) else {
                throw CommandFailure("invalid group id '\(id)'; use lower-case letters, digits, '-' or '_'")
            }
            try global.change(session) { (session) throws(SessionError) in
                try session.record(.addGroup(id), by: global.facilitator)
            }
            Console.out("added group '\(id)'")
        }
    }

    /// `workshop close SESSION`: the session is over; further changes are refused until an undo.
    struct Close: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Close a session: further changes are refused ('undo' reopens it).",
            discussion: "Example: workshop close stirling-2015")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The session: its id or a unique prefix.")
        var session: String

        func run() throws {
            try global.change(session) { (session) throws(SessionError) in
                try session.record(.close, by: global.facilitator)
            }
            Console.out("closed session")
        }
    }
}
