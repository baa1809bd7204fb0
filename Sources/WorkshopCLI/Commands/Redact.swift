import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop redact SESSION ID --reason TEXT`: a record's free text removed for good.
    struct Redact: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "redact",
            abstract: "Remove a record's text for good: a note, an answer's note, an action, a review's note, an added activity.",
            discussion: """
                ID is the record's id or a unique prefix of at least 4 hex digits ('log --ids' shows them). \
                The text is blanked in the journal itself (the one change that rewrites it, in one atomic \
                step), so it is gone from the file, the log, summaries and exports. A redact record keeps \
                who, when, why and which record, never the text. A redaction cannot be undone. Text typed \
                at the prompt is also in its history file ($WORKSHOP_HISTORY): remove it there too.

                Example: workshop redact stirling-2015 3f2a9c01 --reason "names a student"
                """)

        static let completion = CompletionSpec(positionals: [.custom { source, _ in source.state?.redactableRecordIDs ?? [] }])

        @OptionGroup var target: SessionOptions

        @Argument(help: ArgumentHelp("The record: its id or a unique prefix of at least 4 hex digits.", valueName: "id"))
        var record: String

        @Option(parsing: .unconditional, help: "Why, in a few words: kept in the journal, so never the text itself.")
        var reason: String

        func run(session: Session, context: CommandContext) throws {
            let state = session.state
            let index: Int
            do {
                index = try state.resolveRecord(record)
            } catch {
                if case .unknown = error, let other = RecordLocator.session(holding: record, root: context.root),
                   other != session.id {
                    throw CommandFailure("record '\(record)' is in session '\(other)', not '\(session.id)'; redact it there")
                }
                throw error
            }
            let kind = state.recordKind(index), id = state.recordID(index)
            try session.redact(index, reason: reason, by: context.facilitator)
            context.console.out("redacted \(kind.rawValue) \(SessionState.shortID(id)): its text is gone from '\(session.path)'")
        }
    }
}
