import ArgumentParser
import Foundation
import WorkshopKit

extension Workshop {
    /// `workshop action SESSION TEXT`: an action agreed at this meeting, reviewed at the next.
    struct Action: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "action",
            abstract: "Record an action agreed at this meeting, to review at the next one.",
            discussion: """
                The rest of the line is the action, no quotes needed; the options count anywhere on the line. \
                --due takes a date (2016-03-10), a span from the plan's date (or today when it has none): \
                +10d, +2w, +1m, or next-meeting. Actions are numbered within their series (#3) and carried \
                into the series' next meeting until reviewed as done or dropped. --from-idea %7 starts the \
                action from an idea (its text, unless you write one, and its prompt) and keeps where it came from. \
                --owner may be given more than once, one owner each (the one option that repeats this way).

                Example: workshop action learning-set-3 start the written case study --owner Ewan --due +4w
                Example: workshop action learning-set-3 --from-idea %7 --owner Ewan --owner Priya --due next-meeting
                """)

        static let completion = CompletionSpec(options: ["--due": .words(["next-meeting", "+1w", "+2w", "+4w"]), "--from-idea": .ideas])
            .adding(AboutOptions.completion)

        @OptionGroup var target: SessionOptions
        @OptionGroup var about: AboutOptions

        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("What is to be done.", valueName: "text"))
        var words: [String] = []

        @Option(parsing: .unconditionalSingleValue, help: ArgumentHelp("Who will do it; repeat it for each owner.", valueName: "owner"))
        var owner: [String] = []

        @Option(parsing: .unconditional, help: "When it is due: 2016-03-10, +2w, +10d, +1m or next-meeting.")
        var due: String?

        @Option(name: .customLong("from-idea"), parsing: .unconditional, help: "The idea it comes from: %7, 7 or a record-id prefix.")
        var fromIdea: String?

        func run(session: Session, context: CommandContext) throws {
            var text = try FreeText.join(words, command: "action")
            let state = session.state
            let idea = try fromIdea.map { (typed) throws(SessionError) in try state.resolveIdea(typed) }
            if let idea, text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { text = idea.text }
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw CommandFailure("the action is empty; write what is to be done after the session") }
            try Workshop.requireLatestMeeting(session, "action", context: context)
            let today = String(Timestamp.format(Timestamp.now()).prefix(10))
            let dueDate = try due.map { (typed) throws -> DueDate in
                guard let date = DueDate(typed: typed, from: state.plan.date ?? today) else {
                    throw CommandFailure("action --due '\(typed)': give a date (2016-03-10), +10d, +2w, +1m or next-meeting")
                }
                return date
            }
            let about = try self.about.resolved(in: state)
            // Each owner once, in the order given: `--owner Ewan --owner ewan` is one person.
            var owners: [String] = []
            for name in owner.map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty
                && !owners.contains(where: { $0.lowercased() == name.lowercased() }) { owners.append(name) }
            let draft = ActionDraft(
                text: text, owners: owners, due: dueDate, activity: about.activity,
                persona: about.persona, prompt: about.prompt ?? idea?.prompt, idea: idea?.id)
            let index = try session.record(.action(draft), by: context.facilitator)
            let from = idea.map { " from \($0.label)" } ?? ""
            context.console.out("agreed " + TerminalText.clean(String(session.state.describe(index).dropFirst("action ".count)) + from))
        }
    }
}
