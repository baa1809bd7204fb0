import Foundation
import WorkshopKit

/// What tab completion offers at the cursor: commands, options, and what each command declares for
/// its arguments (`CompletionSpec`): ids of the open session (activities also by a word of their
/// title), answer keys, plans, sessions, or file paths.
struct Completer {
    enum Result: Equatable {
        case words([String])
        /// Let readline complete file names.
        case files
    }

    var source: CompletionSource

    static let promptWords = ["help", "quit"]

    /// Candidates for `word`, the partial word at the cursor, given the line before it.
    func complete(before: String, word: String) -> Result {
        guard let tokens = try? Tokenizer.words(before) else { return .words([]) }
        guard let first = tokens.first else {
            // Not `shell` or `run`: the prompt refuses both.
            return .words(matching(word, Workshop.commandNames.filter { $0 != "shell" && $0 != "run" } + Self.promptWords))
        }
        if first == "help" { return .words(matching(word, Workshop.commandNames)) }
        guard let type = Workshop.commandType(for: first) else { return .words([]) }
        let spec = ((type as? any WorkshopCommand.Type)?.completion ?? CompletionSpec()).adding(.global)
        let table = OptionTable(type)
        let typed = Array(tokens.dropFirst())
        if let previous = typed.last, let option = table.valueOptions[previous] {
            return result(spec.options[option] ?? .words([]), typed: typed, word: word)
        }
        if word.hasPrefix("-") { return .words(matching(word, table.longNames)) }
        var position = table.positionalCount(typed)
        if type is any SessionCommand.Type, source.state == nil {
            if position == 0 { return .words(matching(word, Session.sessionIDs(root: source.root))) }
            position -= 1
        }
        return spec.positional(position).map { result($0, typed: typed, word: word) } ?? .words([])
    }

    private func result(_ candidates: Candidates, typed: [String], word: String) -> Result {
        if case .files = candidates { return .files }
        return .words(matching(word, words(candidates, typed: typed)))
    }

    private func words(_ candidates: Candidates, typed: [String]) -> [String] {
        let state = source.state
        switch candidates {
        case .sessions: return Session.sessionIDs(root: source.root)
        case .plans: return planIDs
        case .activities: return state?.activeActivities.map(\.id) ?? []
        case .personas: return source.personas
        case .groups: return source.groups
        case .criteria: return state?.plan.criteria.map(\.id) ?? []
        case .prompts: return state?.plan.prompts.map(\.id) ?? []
        case .answers: return source.answers
        case .ideas: return source.ideaLabels
        case .themes: return source.themes
        case .files: return []
        case let .words(list): return list
        case let .custom(compute): return compute(source, typed)
        case let .both(one, other): return words(one, typed: typed) + words(other, typed: typed)
        }
    }

    /// Plan ids from the file names alone, so Tab stays instant (no YAML is read).
    private var planIDs: [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: source.root.sessionsFolder)) ?? []
        return names.compactMap { name in
            name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name.hasSuffix(".yml") ? String(name.dropLast(4)) : nil
        }.sorted()
    }

    /// Candidates starting with `word`; where none do, activities with a title word starting with it.
    /// A name holding a control character (a file named so) is never offered: readline would show
    /// it raw, and it cannot be typed anyway.
    private func matching(_ word: String, _ candidates: [String]) -> [String] {
        let candidates = candidates.filter { !ControlCharacters.appear(in: $0) }
        var result = candidates.filter { $0.hasPrefix(word) }
        if result.isEmpty, !word.isEmpty, let state = source.state {
            result = state.activities(withTitleWordStartingWith: word).map(\.id).filter(candidates.contains)
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0).inserted }
    }
}
