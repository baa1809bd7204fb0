import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop withdraw SESSION ACTIVITY PERSONA`: take a cell's answer back, leaving it empty.
    struct Withdraw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Take back the answer of one cell, leaving it empty (the log keeps it).",
            discussion: "Example: workshop withdraw stirling-2015 drop-in undergraduate --group table-3")

        @OptionGroup var global: GlobalOptions
        @OptionGroup var cellOptions: CellOptions

        @Argument(help: "The session: its id or a unique prefix.")
        var session: String

        @Argument(help: "The activity.")
        var activity: String

        @Argument(help: "The persona (at the prompt, after 'use persona', it may be left out).")
        var persona: String?

        func run() throws {
            let message = try global.change(session) { (session) throws(SessionError) -> String in
                guard let persona = persona ?? ShellContext.current?.persona else {
                    throw SessionError.missing(kind: "persona", hint: "name it after the activity")
                }
                let cell = try cellOptions.cell(in: session.state, activity: activity, persona: persona)
                try session.record(.withdraw(cell), by: global.facilitator)
                return "withdrew \(cell.display)"
            }
            Console.out(message)
        }
    }
}
