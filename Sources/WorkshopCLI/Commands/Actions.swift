import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop actions [SESSION] [--series NAME]`: the actions agreed, where they came from and how they stand.
    struct Actions: WorkshopCommand {
        static let configuration = CommandConfiguration(
            commandName: "actions",
            abstract: "List actions with their status and where they came from (open ones by default).",
            discussion: """
                For a session: the actions it carried in and those agreed there. For a series (--series, or \
                the open session's series at the prompt when no session is named): every action of every \
                meeting as it stands at the latest one. ⚑ marks an action carried twice or more; "overdue" \
                an open one due before the meeting that reviews it (before today for one whose review is still to come).

                Example: workshop actions --series action-learning-set --all
                """)

        static let completion = CompletionSpec(positionals: [.sessions], options: ["--series": .custom { source, _ in
            WorkshopKit.Series.all(root: source.root).map(\.name)
        }])

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The session (default at the prompt: the open one).")
        var session: String?

        @Option(help: "List every action of this series instead.")
        var series: String?

        @Flag(help: "Which actions: open ones (not done or dropped), or all.")
        var which: Which = .open

        @Option(parsing: .unconditional, help: "Only actions this person owns (alone or with others).")
        var owner: String?

        enum Which: String, EnumerableFlag { case open, all }

        func run(in context: inout CommandContext) throws {
            let rows: [ActionRow]
            let today = String(Timestamp.format(Timestamp.now()).prefix(10))
            if let name = series ?? (session == nil ? context.session.flatMap { seriesName(of: $0) } : nil) {
                let found = try WorkshopKit.Series.named(name, root: context.root)
                var origins = IdeaOrigins(root: context.root, known: context.session?.state)
                rows = SeriesActions(series: found, root: context.root).items.map {
                    ActionRow(action: $0.action, agreedAt: $0.agreedAt, seenAt: $0.latest.number, now: $0.latest.number,
                              idea: origins.label(of: $0.action),
                              day: $0.action.reviewDay(meetingDay: $0.latest.date ?? today, today: today))
                }
            } else {
                guard let name = session ?? context.session?.id else {
                    throw CommandFailure("actions: name a session, or a series with --series NAME")
                }
                let state = try context.openSession(name, writable: false).state
                let meetings = WorkshopKit.Series.of(session: state.sessionID, root: context.root)
                let now = meetings?.members.first { $0.session == state.sessionID }?.number
                // The actions agreed here are reviewed at the series' next meeting, if it has been held.
                let reviewedAt = meetings?.meeting(after: state.sessionID)?.date ?? today
                var origins = IdeaOrigins(root: context.root, known: state)
                rows = state.actions.map { action in
                    ActionRow(action: action, agreedAt: meetings?.members.first { $0.session == action.agreedIn }?.number,
                              seenAt: nil, now: now, idea: origins.label(of: action),
                              day: action.reviewDay(meetingDay: state.meetingDay, today: reviewedAt))
                }
            }
            let shown = rows.filter { row in (which == .all || row.action.isOpen) && (owner.map { row.action.isOwned(by: $0) } ?? true) }
            if shown.isEmpty { context.console.out(which == .all ? "no actions" : "no open actions"); return }
            for line in Wrap.fit(shown.map { TerminalText.clean($0.line) }, width: context.terminal.columns) { context.console.out(line) }
        }

        private func seriesName(of session: Session) -> String? {
            session.state.plan.series
        }
    }
}

/// One action as `actions` lists it.
struct ActionRow {
    var action: WorkshopKit.Action
    var agreedAt: Int?
    var seenAt: Int?
    /// The meeting the list is as of, for the action's age in meetings.
    var now: Int?
    /// The idea it came from ("%7"), if it came from one.
    var idea: String? = nil
    /// The day it is measured against for being overdue.
    var day: String? = nil

    var line: String {
        let seen = seenAt.map { " at meeting \($0)" } ?? ""
        let status = action.review.map { review in
            review.status.rawValue + seen + (review.note.map { " (\($0))" } ?? "")
        } ?? (action.isCarried ? "to review" : "open")
        let flag = action.isCarriedTwice ? " ⚑" : ""
        let overdue = day.map(action.isOverdue(on:)) == true ? ", overdue" : ""
        var age = ""
        if let agreedAt, let now, now > agreedAt, action.isOpen { age = ", open for \(plural(now - agreedAt, "meeting"))" }
        let from = idea.map { ", from \($0)" } ?? ""
        return "\(action.described)\(flag): \(status)\(overdue); \(action.origin(meeting: agreedAt))\(from)\(age)"
    }
}
