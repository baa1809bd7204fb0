import ArgumentParser
import WorkshopKit

extension Workshop {
    /// `workshop check`: every problem in every persona and plan, at once.
    struct Check: WorkshopCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Check every persona and plan and report all problems at once.",
            discussion: """
                Reads personas/*.yaml and sessions/*.yaml under the root and prints each problem as \
                'path:line:column: error: message' (or 'warning:'), with the file's own line and a caret under \
                the column where that helps (a colon or a '#' in an unquoted value, an indentation), then a count; the same problem repeated \
                in one file is one line that says how often. A broken file never stops the others from being \
                checked. A language named with no catalogue, or a partial one, is a warning once per language \
                (its pages and reports show in English). A file in personas/ or sessions/ that is not read \
                (HOS2.YAML, a backup such as academic.yml~, notes.txt among the personas) is named with why. \
                One text where a list belongs (needs: Quick wins) is read as a list of one, with a warning. Exits 1 when there is any error, 0 otherwise.

                Example: workshop check --root example
                """
        )

        @OptionGroup var global: GlobalOptions

        func run(in context: inout CommandContext) throws {
            let project = try context.loadProject()
            // The same problem repeated in one file is one line with a count; a message quotes the
            // file's own text, line breaks and all, so each is cleaned to stay one line.
            for group in project.diagnostics.grouped {
                context.console.out(TerminalText.clean(group.description))
                for line in CheckExcerpt.lines(for: group.first) { context.console.out(line) }
            }
            let languages = LanguageWarnings(mentions: project.languageMentions()).lines
            for line in languages { context.console.out(TerminalText.clean(line)) }
            context.console.out(CheckReport(project: project, languageWarnings: languages.count).summary)
            if project.diagnostics.hasErrors { throw SilentFailure() }
        }
    }
}

/// The closing line of `check`.
struct CheckReport {
    var project: Project
    /// Warnings about languages without a (complete) catalogue, counted with the file's own.
    var languageWarnings = 0

    var summary: String {
        let errors = project.diagnostics.filter { $0.severity == .error }.count
        let warnings = project.diagnostics.count - errors + languageWarnings
        let files = "checked \(plural(project.personaFileCount, "persona")) and \(plural(project.planFileCount, "plan"))"
        if errors == 0 && warnings == 0 { return "\(files): no problems" }
        return "\(files): \(plural(errors, "error")), \(plural(warnings, "warning"))"
    }
}

/// `1 plan`, `4 plans`; irregular plurals are given: `plural(14, "activity", "activities")`.
func plural(_ count: Int, _ noun: String, _ nouns: String? = nil) -> String {
    "\(count) \(count == 1 ? noun : nouns ?? noun + "s")"
}
