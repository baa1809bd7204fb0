import ArgumentParser
import Foundation
import WorkshopKit

extension Workshop {
    /// `workshop note SESSION TEXT`: free text on the session, an activity, a persona, a cell or a prompt.
    struct Note: SessionCommand {
        static let configuration = CommandConfiguration(
            commandName: "note",
            abstract: "Attach a note to the session, an activity, a persona, a group, a cell or a prompt.",
            discussion: """
                The rest of the line is the note, no quotes needed: the long options below count anywhere on \
                the line, and every other word, even one starting with '-', is text. With no options the \
                note is on the session as a whole. Prompt answers are notes with --prompt.

                Example: workshop note stirling-2015 works best in week 3 --activity drop-in --persona undergraduate
                """)

        static let completion = CompletionSpec(options: ["--group": .groups, "--criterion": .criteria])
            .adding(AboutOptions.completion)

        @OptionGroup var target: SessionOptions
        @OptionGroup var about: AboutOptions

        @Argument(parsing: .allUnrecognized, help: ArgumentHelp("The note.", valueName: "text"))
        var words: [String] = []

        @Option(parsing: .unconditional, help: "The group it came from.")
        var group: String?

        @Option(parsing: .unconditional, help: "The criterion it is about.")
        var criterion: String?

        func run(session: Session, context: CommandContext) throws {
            let text = try FreeText.join(words, command: "note")
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw CommandFailure("the note is empty; write it after the session")
            }
            let state = session.state
            let about = try self.about.resolved(in: state)
            let target = NoteTarget(
                activity: about.activity, persona: about.persona,
                group: try group.map { (text) throws(SessionError) in try state.resolveGroup(text) },
                criterion: try criterion.map { (text) throws(SessionError) in try state.resolveCriterion(text) } ?? nil,
                prompt: about.prompt)
            let index = try session.record(.note(target, text: text), by: context.facilitator)
            context.console.out("noted: " + TerminalText.clean(String(session.state.describe(index).dropFirst("note ".count))))
        }
    }
}
