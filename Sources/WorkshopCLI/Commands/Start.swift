import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop start PLAN [--as SESSION]`: a new session journal from a plan.
    struct Start: WorkshopCommand {
        static let configuration = CommandConfiguration(
            commandName: "start",
            abstract: "Start a session from a plan: a new journal in sessions/.",
            discussion: """
                The session snapshots the plan and its personas, so later edits to the YAML never change \
                what it meant. A plan with no activities is an action-only meeting: it needs no scale or \
                personas, and is for reviewing and agreeing actions. Without --as it takes the plan's id, or <plan>-2, -3... if that is taken.

                Example: workshop start stirling-2015 --as stirling-morning
                """)

        static let completion = CompletionSpec(positionals: [.plans])

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The plan: its id (the file name in sessions/) or a unique prefix.")
        var plan: String

        @Flag(help: "Start without bringing in the open actions of the series' previous meeting.")
        var noCarry = false

        @Option(name: .customLong("as"), parsing: .unconditional, help: ArgumentHelp("The new session's id.", valueName: "session"))
        var session: String?

        func run(in context: inout CommandContext) throws {
            let project = try context.loadProject()
            let plan = try project.plan(self.plan)
            let today = String(Timestamp.format(Timestamp.now()).prefix(10))
            let carryIn = noCarry ? nil : try CarryIn.prepare(for: plan, root: context.root, today: today)
            let started = try Session.start(
                plan: plan, personas: project.personas(of: plan), root: context.root, id: session, by: context.facilitator,
                actionBase: carryIn?.actionBase ?? 0, carrying: carryIn?.actions ?? [])
            let state = started.state
            // At the prompt the new session stays open, lock and all, for the commands that follow.
            if context.atPrompt { (context.session, context.persona, context.group) = (started, nil, nil) }
            // An action-only meeting rates nothing: its activities, personas and scale would all be none.
            let contents = plan.isActionOnly ? "an action-only meeting (no activities)"
                : "\(plural(plan.activities.count, "activity", "activities")), "
                    + "\(plural(plan.personas.count, "persona")), \(plural(state.activeGroups.count, "group")), scale \(plan.scale.name)"
            context.console.out(TerminalText.clean("started session '\(started.id)' from plan '\(plan.id)': \(contents) (\(started.path))"))
            if let carryIn, !carryIn.actions.isEmpty {
                context.console.out(TerminalText.clean(carryIn.summary) + "; 'review' walks them, 'actions' lists them")
            }
        }
    }
}
