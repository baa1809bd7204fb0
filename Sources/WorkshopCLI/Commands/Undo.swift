import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop undo SESSION`: take back your most recent change.
    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take back your most recent change (the undo is itself recorded).",
            discussion: """
                Undo works on the changes made by you ($WORKSHOP_FACILITATOR, else $USER), newest first, and \
                survives a restart. 'redo' puts back what undo took.

                Example: workshop undo stirling-2015
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The session: its id or a unique prefix.")
        var session: String

        func run() throws {
            Console.out(try global.change(session) { (session) throws(SessionError) -> String in
                let index = try session.record(.undo, by: global.facilitator)
                return "undid \(session.state.describe(index).dropFirst("undo: ".count))"
            })
        }
    }

    /// `workshop redo SESSION`: put back what the last undo took.
    struct Redo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Put back the change your last undo took back.",
            discussion: "Example: workshop redo stirling-2015")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The session: its id or a unique prefix.")
        var session: String

        func run() throws {
            Console.out(try global.change(session) { (session) throws(SessionError) -> String in
                let index = try session.record(.redo, by: global.facilitator)
                return "redid \(session.state.describe(index).dropFirst("redo: ".count))"
            })
        }
    }
}
