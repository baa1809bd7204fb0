import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop matrix SESSION`: the persona × activity heatmap.
    struct Matrix: ReadingCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the persona × activity matrix as a heatmap (median by default).",
            discussion: """
                Numbers carry the meaning; shades (and colour on a terminal) repeat it. On a narrow terminal \
                each activity gets its own block.

                Example: workshop matrix demo-2015 --statistic consensus
                """,
            aliases: ["m"])

        static let completion = CompletionSpec(options: ["--statistic": .words(MatrixStatistic.allValueStrings)])
            .adding(SummaryArguments.completion)

        @OptionGroup var target: SessionOptions
        @OptionGroup var summaryArguments: SummaryArguments

        @Option(help: "What the cells show.")
        var statistic: MatrixStatistic = .median

        func run(session: Session, context: CommandContext) throws {
            let state = session.state
            let summary = SessionSummary(state: state, options: try summaryArguments.options(for: state))
            for line in MatrixRenderer(summary: summary, statistic: statistic, width: Terminal.columns).lines {
                Console.out(line)
            }
        }
    }
}
