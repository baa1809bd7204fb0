import ArgumentParser
import Foundation
import WorkshopKit

extension Workshop {
    /// `workshop note SESSION TEXT`: free text on the session, an activity, a persona, a cell or a prompt.
    struct Note: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Attach a note to the session, an activity, a persona, a group, a cell or a prompt.",
            discussion: """
                With no options the note is on the session as a whole. Prompt answers are notes with --prompt.

                Example: workshop note stirling-2015 "works best in week 3" --activity drop-in --persona undergraduate
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The session: its id or a unique prefix.")
        var session: String

        @Argument(help: "The note; quote it when it has spaces.")
        var text: String

        @Option(name: .shortAndLong, help: "The activity it is about.")
        var activity: String?

        @Option(name: .shortAndLong, help: "The persona it is about.")
        var persona: String?

        @Option(name: .shortAndLong, help: "The group it came from.")
        var group: String?

        @Option(name: .shortAndLong, help: "The criterion it is about.")
        var criterion: String?

        @Option(help: "The prompt it answers.")
        var prompt: String?

        func run() throws {
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw CommandFailure("the note is empty; write it in quotes after the session")
            }
            let message = try global.change(session) { (session) throws(SessionError) -> String in
                let state = session.state
                let target = NoteTarget(
                    activity: try activity.map { (text) throws(SessionError) in try state.resolveActivity(text) },
                    persona: try persona.map { (text) throws(SessionError) in try state.resolvePersona(text) },
                    group: try group.map { (text) throws(SessionError) in try state.resolveGroup(text) },
                    criterion: try criterion.map { (text) throws(SessionError) in try state.resolveCriterion(text) } ?? nil,
                    prompt: try prompt.map { (text) throws(SessionError) in try state.resolvePrompt(text) })
                let index = try session.record(.note(target, text: text), by: global.facilitator)
                return "noted: \(session.state.describe(index).dropFirst("note ".count))"
            }
            Console.out(message)
        }
    }
}
