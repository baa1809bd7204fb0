import ArgumentParser
import WorkshopKit

/// How an error is shown, the same at the shell and at the prompt: one line, `error: ` and what
/// went wrong and how to fix it. The library's errors stay typed until here; this is where the
/// words that name our flags (`--group`, `--as`, `--force`, `--root`) are added.
enum ErrorReport {
    /// The one-line message for `error`, for the command named `command` when it is known; `help`
    /// is how the user asks for help where they are (`help` at the prompt, `workshop help` at the shell).
    static func message(for error: any Error, command: String? = nil, help: String = "workshop help") -> String {
        switch error {
        case let failure as CommandFailure: return failure.message
        case let error as SessionError: return message(for: error)
        case let error as JournalError: return message(for: error)
        case let error as ProjectError: return message(for: error)
        case let error as AtomicFile.Failure: return message(for: error)
        case let error as SeriesError: return message(for: error)
        case let error as ComparisonError: return error.description
        case let error as Tokenizer.Failure: return error.description
        case let error as ICSExporter.Failure: return error.description
        case let error as CarryIn.Failure: return "\(error); fix that journal, or start with --no-carry"
        default: return parserMessage(for: error, command: command, help: help)
        }
    }

    static func message(for error: SessionError) -> String {
        switch error {
        case let .journal(journal):
            return message(for: journal)
        case let .missing(kind, candidates) where kind == "group" || kind == "criterion":
            return "which \(kind)? add --\(kind) (\(candidates.joined(separator: ", ")))"
        case .noCriteria:
            return "\(error); leave out --criterion"
        default:
            return error.description
        }
    }

    static func message(for error: JournalError) -> String {
        switch error {
        case let .alreadyExists(path): return "'\(path)' already exists; choose another name with --as"
        default: return error.description
        }
    }

    static func message(for error: ProjectError) -> String {
        switch error {
        case let .notAProject(root):
            return "'\(root)' has no 'personas/' or 'sessions/' folder; run in a workshop folder or pass --root DIR"
        default: return error.description
        }
    }

    static func message(for error: SeriesError) -> String {
        switch error {
        case let .unknown(name, available):
            guard let nearest = Suggestion.closest(to: name, in: available) else { return error.description }
            return "unknown series '\(name)'; did you mean '\(nearest)'?"
        default: return error.description
        }
    }

    static func message(for error: AtomicFile.Failure) -> String {
        switch error {
        case let .exists(path): return "'\(path)' already exists; add --force to replace it"
        default: return error.description
        }
    }

    /// ArgumentParser's own message, brought to one line in our voice: no usage block, no list on
    /// lines of its own, and a pointer to the command's help.
    private static func parserMessage(for error: any Error, command: String?, help: String) -> String {
        let lines = Workshop.message(for: error).split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.hasPrefix("Usage:") && !$0.hasPrefix("Help:") && !$0.hasPrefix("See '") }
        // A list of valid values comes one per line as "- value": fold it into the sentence.
        let values = lines.filter { $0.hasPrefix("- ") }.map { $0.dropFirst(2) }
        var text = lines.filter { !$0.hasPrefix("- ") }.joined(separator: " ")
        if !values.isEmpty {
            text = text.replacingOccurrences(of: ". Please provide one of the following:", with: "")
                + "; use one of: " + values.joined(separator: ", ")
        }
        // A short list comes inline: ". Please provide one of 'a', 'b' or 'c'."
        if let range = text.range(of: ". Please provide one of '") {
            let list = text[range.upperBound...].replacingOccurrences(of: "' or '", with: "', '")
                .trimmingCharacters(in: CharacterSet(charactersIn: "'."))
            text = text[..<range.lowerBound] + "; use one of: " + list.replacingOccurrences(of: "', '", with: ", ")
        }
        if text.hasPrefix("Error: ") { text.removeFirst("Error: ".count) }
        if let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase == true {
            text = first.lowercased() + text.dropFirst()
        }
        let pointer = "'" + ([help] + [command].compactMap { $0 }).joined(separator: " ") + "'"
        return text.isEmpty ? "not understood; see \(pointer)" : "\(text); see \(pointer)"
    }
}

import Foundation
