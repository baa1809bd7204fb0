import ArgumentParser

/// `help` at the prompt: the commands in a few lines; `help <command>`: its usage and an example.
enum PromptHelp {
    static func text(for words: [String]) throws -> String {
        guard let name = words.first else { return overview }
        let type = try Workshop.resolveCommand(name)
        if let extra = words.dropFirst().first {
            throw CommandFailure("help: unexpected '\(extra)'; name one command: help \(type._commandName)")
        }
        return Workshop.helpMessage(for: type).trimmingCharacters(in: .newlines)
    }

    static var overview: String {
        let commands = Workshop.commandTypes.filter { $0._commandName != "shell" }
        // The short forms that always work are shown with the name: `score (sc)`.
        let names = commands.map { type in
            ([type._commandName] + type.configuration.aliases.map { "(\($0))" }).joined(separator: " ")
        }
        let width = (names.map(\.count).max() ?? 0) + 2
        var lines = zip(names, commands).map { name, type in
            "  " + name + String(repeating: " ", count: width - name.count) + type.configuration.abstract
        }
        lines.append("  help <command> for its usage and an example; quit (or Ctrl-D) to leave")
        lines.append("With a session open, commands take it as their session: 'open SESSION', 'use PERSONA GROUP', 'score ACTIVITY ANSWER'.")
        return lines.joined(separator: "\n")
    }
}

import Foundation
