import ArgumentParser

/// The options a command accepts, for completion: each long name to offer, and for every name of an
/// option that takes a value, its long name. Read from the command's own `OptionList`. Completion
/// uses it to skip option values when counting positionals.
struct OptionTable {
    /// Long names, in help order, without `--help`, `--version` and `--root`.
    private(set) var longNames: [String] = []
    /// For every name of an option that takes a value: its long name.
    private(set) var valueOptions: [String: String] = [:]

    init(_ type: any ParsableCommand.Type) {
        for option in OptionList(type).options where option.shown {
            for name in option.names where name.hasPrefix("--") && !["--help", "--version", "--root"].contains(name) {
                if !longNames.contains(name) { longNames.append(name) }
            }
            guard option.takesValue else { continue }
            for name in option.names { valueOptions[name] = option.name }
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
