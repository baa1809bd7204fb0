import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop matrix SESSION`: the persona × activity heatmap.
    struct Matrix: ReadingCommand {
        static let configuration = CommandConfiguration(
            commandName: "matrix",
            abstract: "Show the persona × activity matrix as a heatmap (median by default).",
            discussion: """
                Numbers carry the meaning; shades (and colour on a terminal) repeat it. A figure resting on one \
                answer is marked '*', and so is a standing too few personas answered for (it gets no rank). On a \
                nominal scale each cell shows its most common answer and that answer's share. On a narrow \
                terminal each activity gets its own block.

                Example: workshop matrix demo-2015 --statistic consensus
                """,
            aliases: ["m"])

        static let completion = CompletionSpec(options: ["--statistic": .words(MatrixStatistic.allValueStrings)])
            .adding(SummaryArguments.completion)

        @OptionGroup var target: SessionOptions
        @OptionGroup var summaryArguments: SummaryArguments

        @Option(help: "What the cells show (default: the median; on a nominal scale, the most common answer).")
        var statistic: MatrixStatistic?

        func run(session: Session, context: CommandContext) throws {
            let state = session.state
            if state.plan.isActionOnly {
                return context.console.out(TerminalText.clean("'\(state.sessionID)' is an action-only meeting: no activities, so no matrix; 'actions' lists its actions"))
            }
            try statistic?.check(state.plan.scale)
            let summary = SessionSummary(state: state, options: try summaryArguments.options(for: state).withoutIntervals)
            for line in MatrixRenderer(summary: summary, statistic: statistic, width: context.terminal.columns, style: context.console.style).lines {
                context.console.out(line)
            }
        }
    }
}
