import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop log SESSION`: everything that happened, with times.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show everything that happened in a session, oldest first, with times.",
            discussion: """
                Changes later taken back by undo are marked '(undone)'. Reads the journal without locking it.

                Example: workshop log stirling-2015 --last 20
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The session: its id or a unique prefix.")
        var session: String

        @Option(help: "Show only the last N records.")
        var last: Int?

        func run() throws {
            let session = try global.openSession(session, writable: false)
            var lines = session.state.log
            if let last { lines = Array(lines.suffix(max(0, last))) }
            for line in lines {
                let time = Timestamp.format(line.at).prefix(19).replacingOccurrences(of: "T", with: " ")
                Console.out("\(time)  \(line.by)  \(line.text)\(line.isActive ? "" : "  (undone)")")
            }
        }
    }
}
