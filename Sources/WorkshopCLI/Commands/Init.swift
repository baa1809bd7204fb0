import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop init [DIR]`: a new workshop folder with an example persona and plan to start from.
    struct Init: WorkshopCommand {
        static let configuration = CommandConfiguration(
            commandName: "init",
            abstract: "Make a workshop folder: personas/ and sessions/ with a commented example of each.",
            discussion: """
                Writes personas/\(ProjectTemplate.personaID).yaml and sessions/\(ProjectTemplate.planID).yaml \
                into DIR (default: --root, $WORKSHOP_ROOT, else the current folder), making it if need be, \
                and says what to do next. Every key in the examples is explained in a comment: edit them, \
                or copy them to add your own. An existing folder is fine; one that has personas/ or \
                sessions/ already is refused and nothing is written.

                Example: workshop init my-workshop && cd my-workshop && workshop check
                """)

        static let completion = CompletionSpec(positionals: [.files])

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("The folder to make (default: the workshop folder, else the current one).",
                                     valueName: "dir"), completion: .directory)
        var folder: String?

        /// At the shell the folder need not be a workshop folder yet: that is what this makes.
        mutating func run(io: CommandIO) throws {
            var context = CommandContext(root: global.projectRoot(environment: io.environment), atPrompt: false,
                                         io: io.styled(global.color))
            try run(in: &context)
        }

        func run(in context: inout CommandContext) throws {
            let target = folder ?? context.root.path
            do {
                try ProjectTemplate.write(into: target)
            } catch {
                throw CommandFailure("init: " + error.description)
            }
            let here = target == "." || target.isEmpty
            let root = ProjectRoot(path: here ? "." : target)
            // The folder's name is the user's text: cleaned, like everything printed that came from outside.
            context.console.out(TerminalText.clean("made a workshop folder\(here ? " here" : " in '\(target)'"): "
                + "\(root.personaFile(ProjectTemplate.personaID)) and \(root.planFile(ProjectTemplate.planID))"))
            context.console.out(here ? "next:" : "next: cd \(Self.shown(target)), then")
            context.console.out("  workshop check                  reads every persona and plan and names any mistake")
            context.console.out("  workshop start \(ProjectTemplate.planID)   starts a session from the example plan")
            context.console.out("edit the examples, or copy them to add your own: each key is explained in a comment")
        }

        /// The folder as a shell takes it: as typed when it is plain, else in single quotes.
        static func shown(_ path: String) -> String {
            let plain = path.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_./".contains($0)) }
            return plain ? path : TerminalText.clean(GitSetup.quoted(path))
        }
    }
}
