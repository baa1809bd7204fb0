import ArgumentParser
import Foundation
import WorkshopKit

extension Workshop {
    /// `workshop summary SESSION`: the matrix, agreement, divergence, coverage, notes and highlights.
    struct Summary: ReadingCommand {
        static let configuration = CommandConfiguration(
            commandName: "summary",
            abstract: "Summarise a session: highlights, matrix, agreement, divergence, coverage, notes, ideas.",
            discussion: """
                --format json carries every figure and the methods, under the names in docs/SUMMARY-JSON.md.

                Example: workshop summary demo-2015 --weight undergraduate=3 --format markdown
                """,
            aliases: ["su"])

        static let completion = CompletionSpec(options: ["--format": .words(SummaryFormat.allValueStrings)])
            .adding(SummaryArguments.completion)

        @OptionGroup var target: SessionOptions
        @OptionGroup var summaryArguments: SummaryArguments

        @Option(name: .shortAndLong, help: "How to write it.")
        var format: SummaryFormat = .text

        @Flag(help: "Include hidden ideas, marked hidden (withdrawn ones never).")
        var hidden = false

        func run(session: Session, context: CommandContext) throws {
            let state = session.state
            var options = try summaryArguments.options(for: state)
            // The text rendering shows no intervals, so it does not draw them.
            options.intervals = format != .text
            options.hiddenIdeas = hidden
            try Printout(SessionSummary(state: state, options: options)).write(format.printed, in: context)
        }
    }
}
