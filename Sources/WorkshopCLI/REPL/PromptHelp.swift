import ArgumentParser

/// `help` at the prompt: the commands in a few lines; `help <command>`: its usage and an example.
enum PromptHelp {
    /// The help `words` ask for, fitted to `width` columns.
    static func text(for words: [String], width: Int = 80) throws -> String {
        guard let name = words.first else { return overview(width: width) }
        let type = try Workshop.resolveCommand(name)
        if let extra = words.dropFirst().first {
            throw CommandFailure("help: unexpected '\(extra)'; name one command: help \(type._commandName)")
        }
        return Wrap.text(Workshop.helpMessage(for: type, columns: width), width: width).trimmingCharacters(in: .newlines)
    }

    /// Every command with its abstract, wrapped under its column to fit `width`.
    static func overview(width: Int) -> String {
        let commands = Workshop.commandTypes.filter { $0._commandName != "shell" }
        // The short forms that always work are shown with the name: `score (sc)`.
        let names = commands.map { type in
            ([type._commandName] + type.configuration.aliases.map { "(\($0))" }).joined(separator: " ")
        }
        let rows = zip(names, commands).map { name, type in (name, type.configuration.abstract) }
        var lines = Wrap.list(rows, indent: 2, width: width)
        lines += Wrap.fit("  help <command> for its usage and an example; quit (or Ctrl-D) to leave", width: width)
        lines += Wrap.fit("With a session open, commands take it as their session: 'open SESSION', 'use PERSONA GROUP', "
            + "'score ACTIVITY ANSWER'.", width: width)
        return lines.joined(separator: "\n")
    }
}

import Foundation
