import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop ideas SESSION`: the ideas, numbered, by prompt and theme, with their dots.
    struct Ideas: ReadingCommand {
        static let configuration = CommandConfiguration(
            commandName: "ideas",
            abstract: "List the ideas by prompt and theme, numbered (%7), with their dots in the latest vote.",
            discussion: """
                Each line: the number, the group (and the persona it plays), the text, and its dots when the \
                prompt's latest vote is on ideas (a theme's dots are on its own line). Hidden ideas are left \
                out unless --hidden; withdrawn ones never appear. --format json writes the same for scripts.

                Example: workshop ideas stirling-2015 --prompt try-first --hidden
                """)

        static let completion = CompletionSpec(options: ["--prompt": .prompts, "--theme": .themes])

        @OptionGroup var target: SessionOptions

        @Option(parsing: .unconditional, help: "Only the ideas answering this prompt.")
        var prompt: String?

        @Option(parsing: .unconditional, help: "Only the ideas in this theme.")
        var theme: String?

        @Flag(help: "Hidden ideas too, marked so.")
        var hidden = false

        @Option(help: "text or json.")
        var format: Format = .text

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

        func run(session: Session, context: CommandContext) throws {
            let state = session.state
            let promptID = try prompt.map { (text) throws(SessionError) in try state.resolvePrompt(text) }
            let themeName = try theme.map { (text) throws(SessionError) in try state.resolveTheme(text) }
            let listing = IdeaListing(state: state, prompt: promptID, theme: themeName, hidden: hidden)
            switch format {
            case .json:
                context.console.out(try Printout.json(IdeasJSON(listing)))
            case .text where listing.sections.isEmpty:
                context.console.out(promptID.map { "no ideas for '\($0)' yet" } ?? "no ideas yet")
            case .text:
                for line in IdeasRenderer(listing: listing, width: context.terminal.columns).lines { context.console.out(line) }
            }
        }
    }
}
