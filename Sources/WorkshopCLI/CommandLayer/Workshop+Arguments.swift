import ArgumentParser

/// What is settled about a shell command line before ArgumentParser sees it: the command a word
/// names (a prefix or alias, also after `help`), and the forms ArgumentParser would accept in
/// silence: `--version` with other words, `help` with more than one command.
extension Workshop {
    /// `arguments` with the command's word replaced by its name, and that name.
    static func prepare(_ arguments: [String]) throws(CommandFailure) -> (arguments: [String], command: String?) {
        if arguments != ["--version"] { try refuseVersion(in: arguments) }
        var arguments = try GlobalOptions.hoisted(arguments)
        guard let word = arguments.first, !word.hasPrefix("-") else { return (arguments, nil) }
        // `help rev` names a command the same way `rev` would.
        let index = word == "help" ? 1 : 0
        guard index < arguments.count, !arguments[index].hasPrefix("-") else { return (arguments, nil) }
        let type = try resolveCommand(arguments[index])
        arguments[index] = type._commandName
        if index == 1, let extra = arguments.dropFirst(2).first(where: { !$0.hasPrefix("-") }) {
            throw CommandFailure("help: unexpected '\(extra)'; name one command: workshop help \(type._commandName)")
        }
        return (arguments, type._commandName)
    }

    /// `--version` among other words (before a `--`) would print the version and drop the rest, a
    /// note's text included: refused, at the shell unless it stands alone, and always at the prompt.
    static func refuseVersion(in words: [String]) throws(CommandFailure) {
        if words.prefix(while: { $0 != "--" }).contains("--version") {
            throw CommandFailure("--version stands alone; run 'workshop --version' at the shell")
        }
    }
}
