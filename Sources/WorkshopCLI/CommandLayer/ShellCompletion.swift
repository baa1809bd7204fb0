import ArgumentParser
import Foundation
import WorkshopKit

/// What the shell's completion script (`workshop --generate-completion-script bash|zsh|fish`)
/// offers beyond commands and options: session ids and persona ids, read from the project's
/// files when Tab is pressed. The script asks the binary (`workshop ---completion ...`), which
/// answers from the folder the line names with `--root`, else `$WORKSHOP_ROOT`, else the current
/// one; only file names are read, so Tab stays instant.
enum ShellCompletion {
    /// Session ids: the journals under `sessions/`.
    static let sessions = CompletionKind.custom { words, _, prefix in
        matching(prefix, Session.sessionIDs(root: root(words)))
    }

    /// Persona ids: the persona files under `personas/`.
    static let personas = CompletionKind.custom { words, _, prefix in
        matching(prefix, personaIDs(root: root(words)))
    }

    /// The folder `words` (the command line so far) names with `--root DIR` or `--root=DIR`.
    static func root(_ words: [String]) -> ProjectRoot {
        var option: String?
        for (index, word) in words.enumerated() {
            if word == "--root", index + 1 < words.count { option = words[index + 1] }
            if word.hasPrefix("--root=") { option = String(word.dropFirst("--root=".count)) }
        }
        return ProjectRoot.resolve(option: option, environment: ProcessInfo.processInfo.environment)
    }

    /// Persona ids from the file names alone (`personas/academic.yaml` is `academic`).
    static func personaIDs(root: ProjectRoot) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.personasFolder)) ?? []
        return names.compactMap { name in
            name.hasSuffix(".yaml") ? String(name.dropLast(5)) : name.hasSuffix(".yml") ? String(name.dropLast(4)) : nil
        }.sorted()
    }

    /// Those of `names` that start with `prefix`, none holding a control character (a file named so
    /// cannot be typed, and the shell would show it raw).
    private static func matching(_ prefix: String, _ names: [String]) -> [String] {
        names.filter { $0.hasPrefix(prefix) && !ControlCharacters.appear(in: $0) }
    }
}
