import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop status SESSION`: how many answers, and which cells are still empty.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show how many answers a session has and which cells are still empty.",
            discussion: "Example: workshop status stirling-2015")

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The session: its id or a unique prefix.")
        var session: String

        func run() throws {
            let session = try global.openSession(session, writable: false)
            for line in StatusReport(session: session).lines { Console.out(line) }
        }
    }
}

/// The text of `status`.
struct StatusReport {
    var session: Session

    var lines: [String] {
        let state = session.state
        let status = state.status
        var lines = [
            "session '\(session.id)' from plan '\(state.plan.id)'\(state.isClosed ? " (closed)" : ""): "
                + "started \(Timestamp.format(state.startedAt).prefix(16).replacingOccurrences(of: "T", with: " ")) "
                + "by \(state.startedBy)",
            "answers: \(status.answers) (\(status.unsure) unsure), \(plural(status.notes, "note")), "
                + "\(status.replaced) replaced or withdrawn, \(status.undone) undone",
            "matrix: \(status.filledMatrixCells) of \(status.matrixCells) persona × activity cells have answers",
        ]
        if !status.emptyByPersona.isEmpty {
            lines.append("empty cells:")
            for (persona, activities) in status.emptyByPersona {
                lines.append("  \(persona): \(summarise(activities, of: state.activeActivities.count))")
            }
        }
        if !status.owedByGroup.isEmpty {
            lines.append("still owed:")
            for (group, persona, activities) in status.owedByGroup {
                lines.append("  \(group) as \(persona): \(summarise(activities, of: state.activeActivities.count))")
            }
        }
        return lines
    }

    private func summarise(_ activities: [String], of total: Int) -> String {
        activities.count == total ? "all \(total) activities" : activities.joined(separator: ", ")
    }
}
