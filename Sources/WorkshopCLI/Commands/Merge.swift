import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop merge SESSION OTHER.jsonl...`: other copies of a session's journal brought in.
    struct Merge: SessionCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge other journals of the same session (another room's laptop, a colleague's copy) into it.",
            discussion: """
                The union of all records by id under the earliest start record: each journal's lines keep \
                their own order, the other journal's go in among them by time. Merging the same journal \
                twice adds nothing and writes nothing, and the order journals are merged in does not \
                matter. The journal is rewritten in one atomic step. When both journals hold answers from \
                groups with the same ids, say whether they are the same groups (--same-groups: the later \
                answer of a cell stands) or another room's (--room NAME: the other journal's groups become \
                NAME_<group>, e.g. NAME_table-1). The answer is kept in the journal: merging that journal \
                again needs no option, and another one is refused.

                Example: workshop merge stirling-2015 ../laptop-b/sessions/stirling-2015.jsonl --room strand-b
                """)

        @OptionGroup var target: SessionOptions

        @Argument(help: ArgumentHelp("The journals to merge in.", valueName: "other.jsonl"))
        var others: [String]

        @Option(name: .customLong("as"), help: ArgumentHelp("Merge into a new session, leaving this one as it is.", valueName: "new"))
        var newSession: String?

        @Flag(help: "Groups of the same id are the same groups: the later answer of a cell stands.")
        var sameGroups = false

        @Option(help: ArgumentHelp("The other journals were another room: their groups become NAME_<group>.", valueName: "name"))
        var room: String?

        func validate() throws {
            if sameGroups, room != nil { throw ValidationError("give --same-groups or --room, not both") }
        }

        func run(session: Session, context: CommandContext) throws {
            let journals = try others.map { try MergeJournal.read(path: $0) }
            let policy: GroupPolicy = sameGroups ? .same : room.map { .room($0) } ?? .ask
            let by = context.facilitator
            let report = try newSession.map { try session.merge(journals, groups: policy, as: $0, root: context.root, by: by) }
                ?? session.merge(journals, groups: policy, by: by)
            for line in MergeReportText.lines(report, others: others, session: session.id, into: newSession) {
                context.console.out(line)
            }
        }
    }
}
