import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop series [NAME]`: the meetings of each series, with their answers and open actions.
    struct Series: WorkshopCommand {
        static let configuration = CommandConfiguration(
            commandName: "series",
            abstract: "List series (plans that share a 'series:') and their meetings in date order.",
            discussion: "Example: workshop series action-learning-set")

        static let completion = CompletionSpec(positionals: [.custom { source, _ in
            WorkshopKit.Series.all(root: source.root).map(\.name)
        }])

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The series (default: every series).")
        var name: String?

        func run(in context: inout CommandContext) throws {
            let all = try name.map { [try WorkshopKit.Series.named($0, root: context.root)] } ?? WorkshopKit.Series.all(root: context.root)
            if all.isEmpty {
                context.console.out("no series yet: a plan joins one with 'series: NAME', and each session of it is a meeting")
                return
            }
            var lines: [String] = []
            for series in all {
                lines.append(context.console.style.bold("\(TerminalText.clean(series.name)): \(plural(series.members.count, "meeting"))"))
                for member in series.members {
                    let state = try? context.openSession(member.session, writable: false).state
                    let counts = state.map { state in
                        "\(plural(state.status.answers, "answer")), \(plural(state.actions.filter(\.isOpen).count, "open action"))"
                    } ?? "cannot be read"
                    lines.append(TerminalText.clean("  \(member.number). \(member.date ?? "no date")  \(member.session)  \(counts)"))
                }
            }
            for line in Wrap.fit(lines, width: context.terminal.columns) { context.console.out(line) }
        }
    }
}
