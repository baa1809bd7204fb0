import ArgumentParser
import Foundation

/// ArgumentParser's own refusals (a missing argument, an unknown option, a missing or invalid value,
/// extra arguments) in our voice: one line, the command first, and what to type last: the values to
/// choose from, the option it meant, or the command's usage.
enum ParserMessage {
    /// `score: missing <activity>; usage: workshop score <session> <activity> <persona> <answer> ...`.
    static func text(for error: any Error, command: String?, door: ErrorDoor) -> String {
        var text = sentence(Workshop.message(for: error))
        guard let command, let type = Workshop.commandType(for: command) else {
            return text.isEmpty ? "not understood; see '\(door.help)'" : "\(text); see '\(door.help)'"
        }
        // The fix is already there when ArgumentParser named the values or the option meant.
        if !text.contains("; use one of: ") && !text.contains("; did you mean ") {
            text += (text.isEmpty ? "" : "; ") + "usage: " + Usage(of: type, door: door).text
        }
        return "\(command): \(text)"
    }

    /// The message as one sentence: no usage block, no list on lines of its own, no capital.
    static func sentence(_ message: String) -> String {
        let lines = message.split(separator: "\n", omittingEmptySubsequences: true)
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
        text = text.replacingOccurrences(of: ". Did you mean '", with: "; did you mean '")
        if let range = text.range(of: "Missing expected argument '"), range.lowerBound == text.startIndex {
            // "Missing expected argument '<activity>'" says it twice: "missing <activity>".
            text = "missing " + text[range.upperBound...].dropLast(text.hasSuffix("'") ? 1 : 0)
        }
        if let first = text.first, first.isUppercase, text.dropFirst().first?.isLowercase == true {
            text = first.lowercased() + text.dropFirst()
        }
        return text
    }
}
