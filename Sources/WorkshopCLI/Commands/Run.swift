import ArgumentParser
import Foundation
import WorkshopKit

extension Workshop {
    /// `workshop run FILE`: the commands of a script file, as batch mode runs them.
    struct Run: WorkshopCommand {
        static let configuration = CommandConfiguration(
            commandName: "run",
            abstract: "Run the commands in a file, one per line, as batch mode does.",
            discussion: """
                Blank lines and lines starting with '#' are skipped; errors name the file and line; the exit \
                status is 1 if any command failed. --bail stops at the first failure.

                Example: workshop run morning.txt --bail
                """)

        static let completion = CompletionSpec(positionals: [.files])

        @OptionGroup var global: GlobalOptions

        @Argument(help: "The script file.", completion: .file())
        var file: String

        @Flag(help: "Stop at the first command that fails.")
        var bail = false

        func run(in context: inout CommandContext) throws {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw CommandFailure("cannot read script '\(file)'; check the path")
            }
            _ = try context.loadProject()
            var repl = REPL(
                context: CommandContext(root: context.root, atPrompt: true, io: context.io),
                reader: ScriptLineReader(lines: text.components(separatedBy: "\n")),
                interactive: false, bail: bail, source: file)
            if repl.run() > 0 { throw SilentFailure() }
        }
    }
}
