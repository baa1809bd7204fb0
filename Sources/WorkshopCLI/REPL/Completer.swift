import Foundation
import WorkshopKit

/// What tab completion offers at the cursor: commands, options, and the ids of the open session
/// (activities also by a word of their title), plus file paths where a command writes a file.
struct Completer {
    enum Result: Equatable {
        case words([String])
        /// Let readline complete file names.
        case files
    }

    let context: ShellContext

    static let promptWords = ["help", "quit"]
    /// Options whose value is a file path.
    static let fileOptions: Set<String> = ["--output", "-o"]

    /// Candidates for `word`, the partial word at the cursor, given the line before it.
    func complete(before: String, word: String) -> Result {
        guard let tokens = try? Tokenizer.words(before) else { return .words([]) }
        guard let first = tokens.first else {
            return .words(matching(word, Workshop.commandNames.filter { $0 != "shell" } + Self.promptWords))
        }
        let command = Workshop.expandedCommandName(first) ?? first
        if command == "help" { return .words(matching(word, Workshop.commandNames)) }
        if let previous = tokens.last, previous.hasPrefix("-"), tokens.count > 1 {
            if Self.fileOptions.contains(previous) { return .files }
            if let values = optionValues(previous) { return .words(matching(word, values)) }
        }
        if word.hasPrefix("-") { return .words(matching(word, options(of: command))) }
        let position = positionals(in: Array(tokens.dropFirst()))
        return .words(matching(word, positional(command: command, position: position, tokens: tokens)))
    }

    /// How many plain arguments precede the cursor (options and their values skipped).
    private func positionals(in tokens: [String]) -> Int {
        var count = 0
        var skipNext = false
        for token in tokens {
            if skipNext {
                skipNext = false
            } else if token.hasPrefix("-") {
                skipNext = !Self.flags.contains(token)
            } else {
                count += 1
            }
        }
        return count
    }

    static let flags: Set<String> = ["--read-only", "--bail", "--help", "-h", "--bom"]

    private func positional(command: String, position: Int, tokens: [String]) -> [String] {
        var position = position
        let isSessionCommand = Workshop.sessionCommandNames.contains(command)
        if isSessionCommand && context.session == nil {
            if position == 0 { return sessionIDs }
            position -= 1
        }
        let state = context.session?.state
        switch (command, position) {
        case ("open", 0): return sessionIDs
        case ("start", 0): return planIDs
        case ("score", 0), ("withdraw", 0): return activityWords(state)
        case ("score", 1): return (state?.plan.personas ?? []) + (context.persona == nil ? [] : answerKeys(state))
        case ("score", 2): return answerKeys(state)
        case ("withdraw", 1), ("rate", 0), ("row", 0): return state?.plan.personas ?? []
        case ("rate", 1), ("row", 1): return state?.activeGroups ?? []
        case ("row", _): return answerKeys(state) + ["-"]
        case ("use", 0): return ["persona", "group", "none"] + (state?.plan.personas ?? []) + (state?.activeGroups ?? [])
        case ("use", 1):
            if tokens.dropFirst().first == "persona" { return state?.plan.personas ?? [] }
            return state?.activeGroups ?? []
        default: return []
        }
    }

    private func optionValues(_ option: String) -> [String]? {
        let state = context.session?.state
        switch option {
        case "--group", "-g": return state?.activeGroups ?? []
        case "--criterion", "-c": return state?.plan.criteria.map(\.id) ?? []
        case "--persona", "-p": return state?.plan.personas ?? []
        case "--activity", "-a": return state?.activeActivities.map(\.id) ?? []
        case "--prompt": return state?.plan.prompts.map(\.id) ?? []
        case "--color": return ["auto", "always", "never"]
        case "--format", "-f": return ["text", "json", "markdown", "csv", "tsv", "html", "xlsx"]
        case "--shape": return ["matrix", "tidy"]
        case "--note", "-n", "--as", "--title", "--description", "--stage", "--last", "--root": return []
        default: return nil
        }
    }

    /// The long options a command's help lists, so completion never drifts from the parser.
    private func options(of command: String) -> [String] {
        guard let type = Workshop.configuration.subcommands.first(where: { $0._commandName == command }) else { return [] }
        let help = Workshop.helpMessage(for: type, columns: 1000)
        let found = help.matches(of: /--[a-z][a-z-]*/).map { String($0.output) }
        var seen = Set<String>()
        return found.filter { $0 != "--version" && $0 != "--root" && seen.insert($0).inserted }
    }

    /// Activity ids; a word matching the start of a title word completes to that activity's id.
    private func activityWords(_ state: SessionState?) -> [String] {
        state?.activeActivities.map(\.id) ?? []
    }

    private func answerKeys(_ state: SessionState?) -> [String] {
        (state?.plan.scale.levels.map(\.key) ?? []) + [Scale.unsureKey]
    }

    private var sessionIDs: [String] { Session.sessionIDs(root: context.root) }

    private var planIDs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: context.root.sessionsFolder)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Candidates starting with `word`; for activities, also those with a title word starting with it.
    private func matching(_ word: String, _ candidates: [String]) -> [String] {
        var result = candidates.filter { $0.hasPrefix(word) }
        if result.isEmpty, !word.isEmpty, let state = context.session?.state {
            result = state.activities(withTitleWordStartingWith: word).map(\.id).filter(candidates.contains)
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }
}
