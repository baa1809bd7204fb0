import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `review [ID STATUS]`: what happened to each action since the last meeting.
    struct Review: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Review actions: done, in progress, carried or dropped, with an optional note.",
            discussion: """
                With no action named, walks the actions this meeting carried in, one key each: d done, \
                p in progress, c carried, x dropped (capital letters ask for a note first), Space skips, \
                Backspace goes back, q leaves. Needs a terminal; scripts name the action: its number (3 or \
                #3) or a unique prefix of its id. Done and dropped close an action; the others come to the \
                next meeting again. Reviewing an action already closed (here, or at an earlier meeting) records \
                nothing and says so. The walk marks an open action due before this meeting "overdue".

                Example: workshop review learning-set-3 3 done --note "template sent to the funder"
                """)

        static let completion = CompletionSpec(
            positionals: [.custom { source, _ in source.state?.actions.flatMap { [$0.label, String($0.number)] } ?? [] },
                          .words(ActionStatus.allCases.map(\.rawValue))])

        @OptionGroup var target: SessionOptions

        @Argument(help: "The action: its number (#3) or a unique prefix of its id.")
        var action: String?

        @Argument(help: "done, in-progress, carried or dropped (or d, p, c, x).")
        var status: String?

        @Option(parsing: .unconditional, help: "What happened, in a few words.")
        var note: String?

        func run(session: Session, context: CommandContext) throws {
            if session.state.isClosed { throw SessionError.closed(session.id) }
            try Workshop.requireLatestMeeting(session, "review", context: context)
            guard let action else {
                guard context.terminal.inputIsTerminal else {
                    throw CommandFailure("review walks the actions at a terminal; in scripts name one: review 3 done")
                }
                var walk = ActionReview(session: session, by: context.facilitator, console: context.console, terminal: context.terminal)
                context.console.out(try Terminal.withSingleKeys { try walk.run() })
                return
            }
            let found: WorkshopKit.Action
            do {
                found = try session.state.resolveAction(action)
            } catch {
                if let closed = ClosedAction.earlier(action, session: session, root: context.root) {
                    context.console.out(TerminalText.clean(closed))
                    return
                }
                throw elsewhere(action, session: session, context: context) ?? error
            }
            guard let status, let parsed = ActionStatus(typed: status) else {
                throw CommandFailure("review \(action): give a status: done, in-progress, carried or dropped")
            }
            if let review = found.review, review.status.closes {
                let line = ClosedAction.here(found, review: review, asked: parsed)
                if review.status == parsed { context.console.out(TerminalText.clean(line)); return }
                throw CommandFailure(line)
            }
            let note = self.note.flatMap { $0.isEmpty ? nil : $0 }
            try session.record(.review(found, parsed, note: note), by: context.facilitator)
            context.console.out(TerminalText.clean("reviewed \(found.label) \"\(found.text)\": \(parsed.rawValue)" + (note.map { " — \($0)" } ?? "")))
        }

        /// A refusal naming where an action id the session does not know was agreed, when it was.
        private func elsewhere(_ action: String, session: Session, context: CommandContext) -> CommandFailure? {
            guard let other = ActionLocator.session(agreeing: action, root: context.root), other != session.id else { return nil }
            let otherSeries = WorkshopKit.Series.of(session: other, root: context.root)?.name
            let where_ = otherSeries.map { "series '\($0)' (session '\(other)')" } ?? "session '\(other)'"
            let here = session.state.plan.series.map { "series '\($0)'" } ?? "this session"
            return CommandFailure("action '\(action)' was agreed in \(where_), not in \(here); review it there")
        }
    }
}
