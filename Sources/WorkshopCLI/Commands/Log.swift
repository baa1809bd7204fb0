import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop log SESSION`: everything that happened, with times.
    struct Log: ReadingCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show everything that happened in a session, oldest first, with times.",
            discussion: """
                Changes later taken back by undo are marked '(undone)'. Reads the journal without locking it.

                Example: workshop log stirling-2015 --last 20
                """)


        @OptionGroup var target: SessionOptions

        @Option(parsing: .unconditional, help: "Show only the last N records.")
        var last: Int?

        func run(session: Session, context: CommandContext) throws {
            if let last, last < 1 { throw CommandFailure("log --last \(last): give a number of records of at least 1") }
            var lines = session.state.log
            if let last { lines = Array(lines.suffix(last)) }
            for line in lines {
                let time = Timestamp.format(line.at).prefix(19).replacingOccurrences(of: "T", with: " ")
                Console.out("\(time)  \(line.by)  \(line.text)\(line.isActive ? "" : "  (undone)")")
            }
        }
    }
}
