import ArgumentParser
import Foundation

/// The options a command declares, as ArgumentParser itself describes them (its `--experimental-dump-help`
/// form): every name, whether it takes a value, and whether it may be given more than once. Read
/// from the parser's own definitions, so completion and the check for repeated options never drift
/// from what the parser accepts.
struct OptionList {
    struct Option: Equatable {
        /// `--group`, `-g`: every name, the long one first.
        var names: [String]
        var takesValue: Bool
        /// An array option (`--weight` again and again); a flag may always be repeated.
        var repeats: Bool
        /// Listed in help (not hidden).
        var shown: Bool

        /// The name messages use: the long one.
        var name: String { names.first ?? "" }
    }

    private(set) var options: [Option] = []

    init(_ type: any ParsableCommand.Type) {
        guard let dump = try? JSONDecoder().decode(Dump.self, from: Data(type._dumpHelp().utf8)) else { return }
        for argument in dump.command.arguments ?? [] where argument.kind != "positional" {
            let names = (argument.names ?? []).sorted { $0.kind == "long" && $1.kind != "long" }.map { name in
                (name.kind == "short" || name.kind == "longWithSingleDash" ? "-" : "--") + name.name
            }
            options.append(Option(
                names: names, takesValue: argument.kind == "option", repeats: argument.isRepeating ?? false,
                shown: argument.shouldDisplay ?? true))
        }
    }

    /// The option one of whose names is `name`.
    func option(named name: String) -> Option? {
        options.first { $0.names.contains(name) }
    }

    /// The parts of the dump read here.
    private struct Dump: Decodable {
        struct Command: Decodable { var arguments: [Argument]? }
        struct Argument: Decodable {
            var kind: String
            var names: [Name]?
            var isRepeating: Bool?
            var shouldDisplay: Bool?
        }
        struct Name: Decodable {
            var kind: String
            var name: String
        }

        var command: Command
    }
}
