import ArgumentParser
import WorkshopKit

/// Finding the command a word names: its name, a declared alias (`sc` for score, `m` for matrix),
/// or a unique prefix of a name. Aliases come before prefixes, so a short form keeps working when a
/// new command would make it ambiguous as a prefix: declare it as an alias.
extension Workshop {
    /// Every command, in the order help lists them.
    static var commandTypes: [any ParsableCommand.Type] { configuration.subcommands }

    /// The names of the commands, for `help`, completion and suggestions.
    static var commandNames: [String] { commandTypes.map { $0._commandName } }

    /// The command `word` names, or nil.
    static func commandType(for word: String) -> (any ParsableCommand.Type)? {
        if let named = commandTypes.first(where: { $0._commandName == word }) { return named }
        if let aliased = commandTypes.first(where: { $0.configuration.aliases.contains(word) }) { return aliased }
        guard let name = PrefixMatch(word, among: commandNames).id else { return nil }
        return commandTypes.first { $0._commandName == name }
    }

    /// The command `word` names, or a one-line refusal: ambiguous (with the candidates) or unknown
    /// (with the nearest name, or the names to choose from when none is near).
    static func resolveCommand(_ word: String) throws(CommandFailure) -> any ParsableCommand.Type {
        if let type = commandType(for: word) { return type }
        if case let .ambiguous(matches) = PrefixMatch(word, among: commandNames) {
            throw CommandFailure("command '\(word)' is ambiguous: \(matches.joined(separator: ", ")); type more of it")
        }
        // The prompt is where commands run, so `shell` is not one to suggest.
        let choices = commandNames.filter { $0 != Shell._commandName }
        let hint = Suggestion.closest(to: word, in: choices).map { "did you mean '\($0)'?" }
            ?? "the commands are " + choices.joined(separator: ", ")
        throw CommandFailure("unknown command '\(word)'; \(hint)")
    }
}
