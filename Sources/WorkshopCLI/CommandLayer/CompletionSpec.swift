import WorkshopKit

/// What tab completion offers for one command, declared by the command beside its arguments:
/// candidates for each positional argument after the session, for any further ones, and for the
/// values of its options (by long name). Which options take a value is read from the command's
/// own help, so completion never drifts from the parser.
struct CompletionSpec: Sendable {
    var positionals: [Candidates] = []
    /// For positionals past the end of `positionals` (a list of answers, say).
    var rest: Candidates? = nil
    /// Option values by long name, e.g. `"--group": .groups`.
    var options: [String: Candidates] = [:]

    /// This spec with the option values of `other` added (shared option groups).
    func adding(_ other: CompletionSpec) -> CompletionSpec {
        var result = self
        result.options.merge(other.options) { mine, _ in mine }
        return result
    }

    /// The candidates for the positional at `position`, if any.
    func positional(_ position: Int) -> Candidates? {
        position < positionals.count ? positionals[position] : rest
    }
}

/// A kind of value tab completion can list.
enum Candidates: Sendable {
    case sessions, plans, activities, personas, groups, criteria, prompts, answers
    /// Ideas' numbers (`%7`), hidden ones included, withdrawn ones not.
    case ideas
    /// Theme names in use.
    case themes
    /// Let readline complete file names.
    case files
    case words([String])
    /// Computed from what is open and the words already typed after the command.
    case custom(@Sendable (CompletionSource, [String]) -> [String])
    indirect case both(Candidates, Candidates)
}

/// What completion draws on: the project folder and what the prompt has open and chosen.
struct CompletionSource: Sendable {
    var root: ProjectRoot
    var state: SessionState?
    var persona: String?

    var personas: [String] { state?.plan.personas ?? [] }
    var groups: [String] { state?.activeGroups ?? [] }
    var prompts: [String] { state?.plan.prompts.map(\.id) ?? [] }
    var ideaLabels: [String] { state?.ideaWall.listed(hidden: true).map(\.label) ?? [] }
    /// Theme names, a name of several words in quotes so it stays one word on the line.
    var themes: [String] { (state?.ideaWall.allThemes ?? []).map { $0.contains(" ") ? "\"\($0)\"" : $0 } }
    var answers: [String] { (state?.plan.scale.levels.map(\.key) ?? []) + (state == nil ? [] : [Scale.unsureKey]) }
}

extension CompletionSpec {
    /// Option values shared by every command.
    static let global = CompletionSpec(options: ["--color": .words(Style.Mode.allCases.map(\.rawValue)), "--root": .files])
}
