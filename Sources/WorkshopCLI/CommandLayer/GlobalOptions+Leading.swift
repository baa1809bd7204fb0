import WorkshopKit

/// Global options typed before the command, as `git -C DIR status` takes them:
/// `workshop --root conf summary x` runs as `workshop summary --root conf x`. ArgumentParser reads
/// a command's options only after its name, and with no command named the words would go to the
/// prompt (`shell`), which refused `summary` as an unexpected argument.
extension GlobalOptions {
    /// The options every command takes that are followed by a value.
    static let valued: Set<String> = ["--root", "--color"]
    /// Every global option's long name.
    static let names: [String] = ["--root", "--color", "--no-cache"]
    /// Leading words that are not global options but are still the shell's own: the prompt's
    /// `--bail`, and what ArgumentParser answers itself (help, version, completion scripts).
    static let shellWords: Set<String> = [
        "--bail", "--help", "-h", "--version", "--", "---completion", "--generate-completion-script",
        "--experimental-dump-help",
    ]

    /// `arguments` with the global options before the command moved after its name. A word before
    /// the command that is no option the shell takes is refused in one line, naming the options.
    static func hoisted(_ arguments: [String]) throws(CommandFailure) -> [String] {
        var index = 0
        while index < arguments.count, arguments[index].hasPrefix("-") {
            let word = arguments[index]
            let name = word.split(separator: "=", maxSplits: 1).first.map(String.init) ?? word
            if names.contains(name) {
                index += valued.contains(name) && name == word ? 2 : 1
                continue
            }
            if shellWords.contains(name) { return arguments }
            let hint = Suggestion.closest(to: name, in: names + ["--bail", "--help", "--version"])
                .map { "did you mean '\($0)'?" } ?? "the options before a command are --root DIR, --color WHEN and --no-cache"
            throw CommandFailure("unknown option '\(name)'; \(hint)")
        }
        // No command follows: the options are the prompt's (`workshop --root DIR`).
        guard index > 0, index < arguments.count else { return arguments }
        let leading = Array(arguments[..<index])
        let command = arguments[index]
        // `help` needs no folder: `workshop --root conf help summary` is `workshop help summary`.
        if command == "help" { return Array(arguments[index...]) }
        return [command] + leading + arguments[(index + 1)...]
    }
}
