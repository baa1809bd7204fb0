import ArgumentParser
import WorkshopKit

/// What a note or an action is about: an activity, a persona, a prompt of the plan. Values are taken
/// as typed (a value may start with '-') and resolved against the session like every id.
struct AboutOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: "The activity it is about.")
    var activity: String?

    @Option(parsing: .unconditional, help: "The persona it is about.")
    var persona: String?

    @Option(parsing: .unconditional, help: "The prompt it answers.")
    var prompt: String?

    static let completion = CompletionSpec(options: ["--activity": .activities, "--persona": .personas, "--prompt": .prompts])

    /// The ids named, resolved in `state`: exact ids, unique prefixes, or (activities) a word of a title.
    func resolved(in state: SessionState) throws(SessionError) -> (activity: String?, persona: String?, prompt: String?) {
        (try activity.map { (text) throws(SessionError) in try state.resolveActivity(text) },
         try persona.map { (text) throws(SessionError) in try state.resolvePersona(text) },
         try prompt.map { (text) throws(SessionError) in try state.resolvePrompt(text) })
    }
}
