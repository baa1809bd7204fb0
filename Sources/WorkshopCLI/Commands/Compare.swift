import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop compare A B`: what changed between two meetings, cell by cell.
    struct Compare: WorkshopCommand {
        static let configuration = CommandConfiguration(
            commandName: "compare",
            abstract: "Compare two sessions: both medians per cell, the change, and what moved most.",
            discussion: """
                The change is the second session's median minus the first's. It is called a trend (▲ ▼) only \
                when both sides rest on at least 3 answers other than '?'; a change on fewer is shown with '~'. \
                Only what both plans have is compared, and the rest is named as left out; sessions on different \
                scales are refused. Given one session, compares it with the meeting before it in its series. \
                --format json is described in docs/COMPARE-JSON.md.

                Example: workshop compare learning-set-1 learning-set-2
                """)

        static let completion = CompletionSpec(
            positionals: [.sessions, .sessions], options: ["--format": .words(ComparisonFormat.allValueStrings)])

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The first session: its id or a unique prefix.")
        var first: String

        @Argument(help: "The second session (default: the first is compared with the meeting before it in its series).")
        var second: String?

        @Option(name: .shortAndLong, help: "How to write it.")
        var format: ComparisonFormat = .text

        func run(in context: inout CommandContext) throws {
            let names = try second.map { [first, $0] } ?? [try previousMeeting(context.root), first]
            let (sessions, notes) = try SessionMedians.load(names, root: context.root, known: context.session?.state)
            for note in notes { context.console.err("note: " + TerminalText.clean(note)) }
            let comparison = try SessionComparison(from: sessions[0], to: sessions[1])
            try Printout(comparison).write(format.printed, in: context)
        }

        /// The meeting before `first` in its series.
        private func previousMeeting(_ root: ProjectRoot) throws -> String {
            let id = try Session.resolveID(first, root: root)
            guard let series = WorkshopKit.Series.of(session: id, root: root) else { throw ComparisonError.notInSeries(id) }
            guard let previous = series.members(before: id).last else {
                throw ComparisonError.firstMeeting(session: id, series: series.name)
            }
            return previous.session
        }
    }
}
