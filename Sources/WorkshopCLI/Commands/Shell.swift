import ArgumentParser
import Foundation
import WorkshopKit

extension Workshop {
    /// `workshop` with no command: the interactive prompt, or batch mode when input is not a terminal.
    struct Shell: WorkshopCommand {
        static let configuration = CommandConfiguration(
            commandName: "shell",
            abstract: "Open the interactive prompt (the default when no command is given).",
            discussion: """
                At a terminal, commands are typed at a prompt with line editing and history. When standard \
                input is not a terminal, commands are read one per line with no prompt; blank lines and \
                lines starting with '#' are skipped, errors name their line, and the exit status is 1 if \
                any command failed.

                Example: printf 'check\\n' | workshop --root example
                """,
            // 'sh' named the shell as a prefix before 'show' came.
            aliases: ["sh"]
        )

        @OptionGroup var global: GlobalOptions

        @Flag(help: "In batch mode, stop at the first command that fails.")
        var bail = false

        func run(in context: inout CommandContext) throws {
            let project = try context.loadProject()
            let interactive = context.terminal.inputIsTerminal
            let reader: any LineReader = interactive
                ? ReadlineLineReader(history: try history(root: context.root, environment: context.io.environment),
                                     notices: context.io.notices)
                : context.io.input.map { ScriptLineReader(lines: $0) } ?? StreamLineReader()
            if interactive { context.console.out(Self.banner(project)) }
            var repl = REPL(
                context: CommandContext(root: context.root, atPrompt: true, io: context.io),
                reader: reader,
                interactive: interactive,
                bail: bail)
            let failures = repl.run()
            // At a terminal a mistyped command was already answered; only scripts need the status.
            if failures > 0 && !interactive { throw SilentFailure() }
        }

        /// The prompt's history file, unless `$WORKSHOP_HISTORY` names one of the project's own files:
        /// history is appended to and cut short, which would wreck a journal, plan or persona.
        private func history(root: ProjectRoot, environment: [String: String]) throws -> HistoryFile? {
            let history = HistoryFile.resolve(environment: environment)
            if let path = history?.path, let kind = ProtectedFiles(root: root).kind(of: path) {
                throw CommandFailure("$WORKSHOP_HISTORY names '\(path)', \(kind), which no output may replace; "
                    + "point it at another file, or unset it")
            }
            return history
        }

        static func banner(_ project: Project) -> String {
            var lines = ["workshop \(Workshop.configuration.version): \(plural(project.plans.count, "plan")), "
                + "\(plural(project.personas.count, "persona")) in '\(TerminalText.clean(project.root.path))'. "
                + "Type 'help' for commands, 'quit' to leave."]
            let errors = project.diagnostics.filter { $0.severity == .error }.count
            if errors > 0 {
                lines.append("\(plural(errors, "problem")) in the files; type 'check' to see them.")
            }
            return lines.joined(separator: "\n")
        }
    }
}
