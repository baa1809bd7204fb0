import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop log SESSION`: everything that happened, with times.
    struct Log: ReadingCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Show everything that happened in a session, oldest first, with times.",
            discussion: """
                Changes later taken back by undo are marked '(undone)'. With --ids each line starts with its \
                record's id, as 'redact' takes it. Reads the journal without locking it. \
                On a terminal (or with $COLUMNS set) long records wrap; into a pipe each stays on one line.

                Example: workshop log stirling-2015 --last 20
                """)


        @OptionGroup var target: SessionOptions

        @Option(parsing: .unconditional, help: "Show only the last N records.")
        var last: Int?

        @Flag(help: "Start each line with its record's id (8 hex digits; 'redact' takes it).")
        var ids = false

        func run(session: Session, context: CommandContext) throws {
            if let last, last < 1 { throw CommandFailure("log --last \(last): give a number of records of at least 1") }
            var lines = session.state.log
            if let last { lines = Array(lines.suffix(last)) }
            let text = lines.map { line in
                let time = Timestamp.format(line.at).prefix(19).replacingOccurrences(of: "T", with: " ")
                let id = ids ? SessionState.shortID(line.id) + "  " : ""
                return TerminalText.clean("\(id)\(time)  \(line.by)  \(line.text)\(line.isActive ? "" : "  (undone)")")
            }
            // Wrapped to a terminal; one record a line into a pipe, for grep and friends.
            for line in context.terminal.knownColumns.map({ Wrap.fit(text, width: $0) }) ?? text { context.console.out(line) }
        }
    }
}
