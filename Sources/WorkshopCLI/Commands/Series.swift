import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop series [NAME]`: the meetings of each series, with their answers and open actions.
    struct Series: WorkshopCommand {
        static let configuration = CommandConfiguration(
            commandName: "series",
            abstract: "List series (plans that share a 'series:'): the meetings recorded so far and the plans still to come.",
            discussion: """
                A series is every plan naming it with 'series:', in date order. Each meeting recorded so far \
                (a session of one of its plans) is listed with its answers and open actions; a plan with no \
                session yet is listed as planned.

                Example: workshop series action-learning-set
                """)

        // Every series the plans name, started or not.
        static let completion = CompletionSpec(positionals: [.custom { source, _ in
            (try? Project.load(root: source.root)).map { SeriesListing(root: source.root, project: $0).all.map(\.name) } ?? []
        }])

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The series (default: every series).")
        var name: String?

        func run(in context: inout CommandContext) throws {
            let listing = try SeriesListing(root: context.root, project: context.loadProject())
            let all = try name.map { [try listing.named($0)] } ?? listing.all
            if all.isEmpty {
                context.console.out("no series yet: a plan joins one with 'series: NAME', and each session of it is a meeting")
                return
            }
            var lines: [String] = []
            for series in all {
                let planned = series.planned.isEmpty ? "" : ", \(series.planned.count) planned"
                lines.append(context.console.style.bold("\(TerminalText.clean(series.name)): \(plural(series.meetings.count, "meeting"))\(planned)"))
                for member in series.meetings {
                    let state = try? context.openSession(member.session, writable: false).state
                    let counts = state.map { state in
                        "\(plural(state.status.answers, "answer")), \(plural(state.actions.filter(\.isOpen).count, "open action"))"
                    } ?? "cannot be read"
                    lines.append(TerminalText.clean("  \(member.number). \(member.date ?? "no date")  \(member.session)  \(counts)"))
                }
                for plan in series.planned {
                    lines.append(TerminalText.clean("  -  \(plan.date ?? "no date")  \(plan.plan)  planned, not started"))
                }
            }
            for line in Wrap.fit(lines, width: context.terminal.columns) { context.console.out(line) }
        }
    }
}
