import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop trend SERIES`: each cell's median across the meetings of a series.
    struct Trend: WorkshopCommand {
        static let configuration = CommandConfiguration(
            commandName: "trend",
            abstract: "Show each cell's median across every meeting of a series, with a sparkline per row.",
            discussion: """
                A series is the sessions whose plans name the same 'series:', in the order of the plans' dates. \
                The change from the first meeting to the last is called a trend (▲ ▼) only when both rest on at \
                least 3 answers other than '?'. Meetings on another scale than the latest are left out and named. \
                --format json is described in docs/COMPARE-JSON.md.

                Example: workshop trend action-learning-set --persona academic
                """)

        static let completion = CompletionSpec(
            positionals: [.custom { source, _ in WorkshopKit.Series.all(root: source.root).map(\.name) }],
            options: ["--format": .words(ComparisonFormat.allValueStrings), "--activity": .activities, "--persona": .personas])

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The series: its name or a unique prefix.")
        var series: String

        @Option(name: .shortAndLong, help: ArgumentHelp("Only this activity (id or unique prefix).", valueName: "activity"))
        var activity: String?

        @Option(name: .shortAndLong, help: ArgumentHelp("Only this persona (id or unique prefix).", valueName: "persona"))
        var persona: String?

        @Option(name: .shortAndLong, help: "How to write it.")
        var format: ComparisonFormat = .text

        func run(in context: inout CommandContext) throws {
            let series = try WorkshopKit.Series.named(self.series, root: context.root)
            let (sessions, notes) = try SessionMedians.load(series.members.map(\.session), root: context.root, known: context.session?.state)
            for note in notes { context.console.err("note: " + TerminalText.clean(note)) }
            let trend = try SeriesTrend(series: series.name, sessions: sessions, activity: activity, persona: persona)
            try Printout(trend).write(format.printed, in: context)
        }
    }
}
