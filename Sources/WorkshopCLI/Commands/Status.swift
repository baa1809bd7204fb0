import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop status SESSION`: how many answers, and which cells are still empty.
    struct Status: ReadingCommand {
        static let configuration = CommandConfiguration(
            commandName: "status",
            abstract: "Show how many answers a session has and which cells are still empty.",
            discussion: "Example: workshop status stirling-2015")


        @OptionGroup var target: SessionOptions

        func run(session: Session, context: CommandContext) throws {
            for line in Wrap.fit(StatusReport(session: session, style: context.console.style, width: context.terminal.columns).lines, width: context.terminal.columns) { context.console.out(line) }
        }
    }
}

/// The text of `status`.
struct StatusReport {
    var session: Session
    var style: Style
    /// The width lists of activities are wrapped to.
    var width: Int

    var lines: [String] {
        let state = session.state
        let status = state.status
        var lines = [
            TerminalText.clean("session '\(session.id)' from plan '\(state.plan.id)'\(state.isClosed ? " (closed)" : ""): "
                + "started \(Timestamp.format(state.startedAt).prefix(16).replacingOccurrences(of: "T", with: " ")) "
                + "by \(state.startedBy)"),
            "answers: \(status.answers) (\(status.unsure) unsure), \(plural(status.notes, "note")), "
                + "\(status.replaced) replaced or withdrawn, \(status.undone) undone",
            "matrix: \(status.filledMatrixCells) of \(status.matrixCells) persona × activity cells have answers",
        ]
        let total = state.activeActivities.count
        if !status.emptyByPersona.isEmpty {
            lines.append(style.bold("empty cells:"))
            for (persona, activities) in status.emptyByPersona {
                lines += list(activities, first: "  \(TerminalText.clean(persona)): ", of: total)
            }
        }
        if !status.owedByGroup.isEmpty {
            lines.append(style.bold("still owed:"))
            for (group, persona, activities) in status.owedByGroup {
                lines += list(activities, first: TerminalText.clean("  \(group) as \(persona): "), of: total)
            }
        }
        return lines
    }

    /// A list of activities wrapped to the terminal, or "all N activities".
    private func list(_ activities: [String], first: String, of total: Int) -> [String] {
        if activities.count == total { return [first + "all \(total) activities"] }
        return Style.wrapList(activities.map(TerminalText.clean), first: first, indent: 6, width: width)
    }
}
