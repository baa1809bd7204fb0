import ArgumentParser

/// The options a command accepts, read from its own help: each name (short and long) and whether it
/// takes a value. Completion uses it to skip option values when counting positionals.
struct OptionTable {
    /// Long names, in help order, without `--help`, `--version` and `--root`.
    private(set) var longNames: [String] = []
    /// For every name of an option that takes a value: its long name.
    private(set) var valueOptions: [String: String] = [:]

    init(_ type: any ParsableCommand.Type) {
        let help = Workshop.helpMessage(for: type, columns: 1000)
        for line in help.split(separator: "\n") {
            guard let match = line.firstMatch(of: /^\s*(?:(-[A-Za-z]), )?(--[a-z][a-z-]*)((?:\/--[a-z][a-z-]*)*)( <[^>]+>)?/) else { continue }
            let long = String(match.output.2)
            // A flag with alternatives is listed as `--open/--all`: each is an option of its own.
            let names = [long] + match.output.3.split(separator: "/").map(String.init)
            for name in names where !["--help", "--version", "--root"].contains(name) && !longNames.contains(name) {
                longNames.append(name)
            }
            guard match.output.4 != nil else { continue }
            valueOptions[long] = long
            if let short = match.output.1 { valueOptions[String(short)] = long }
        }
    }

    /// How many positional words `tokens` holds, option values left out.
    func positionalCount(_ tokens: some Sequence<String>) -> Int {
        var count = 0
        var skipNext = false
        for token in tokens {
            if skipNext {
                skipNext = false
            } else if token.hasPrefix("-") {
                skipNext = valueOptions[token] != nil
            } else {
                count += 1
            }
        }
        return count
    }
}
