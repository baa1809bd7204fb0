import WorkshopKit

/// The prompt's tokenizer over any line: it splits or says which quote is open, never crashes, and
/// what it splits survives being quoted again: the words written back as a line, each in double
/// quotes or with backslashes, split into the very same words. That is what lets a command line be
/// rebuilt from its words (history, completion, scripts).
enum TokenizerTarget: FuzzTarget {
    static let name = "tokenizer"
    static let summary = "Tokenizer.words: words quoted again split into the same words"

    static func run(_ input: UnsafeRawBufferPointer) {
        let line = String(decoding: input, as: UTF8.self)
        guard let words = try? Tokenizer.words(line) else { return }
        for (style, quote) in [("double quotes", doubleQuoted), ("backslashes", backslashed)] {
            let again = words.map(quote).joined(separator: " ")
            let split: [String]
            do {
                split = try Tokenizer.words(again)
            } catch {
                FuzzTargets.fail("words quoted with \(style) do not split (\(error)): \(show(again)) from \(show(line))")
            }
            guard split.map({ Array($0.utf8) }) == words.map({ Array($0.utf8) }) else {
                FuzzTargets.fail("words quoted with \(style) split differently: \(words.map(show)) became "
                    + "\(show(again)), split as \(split.map(show)); the line was \(show(line))")
            }
        }
    }

    /// `"word"`, with `\` before each `"` and `\` inside.
    static func doubleQuoted(_ word: String) -> String {
        var quoted = "\""
        for scalar in word.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { quoted.unicodeScalars.append("\\") }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }

    /// The word bare, with `\` before every space, quote and backslash; `''` when empty.
    static func backslashed(_ word: String) -> String {
        guard !word.isEmpty else { return "''" }
        var quoted = ""
        for scalar in word.unicodeScalars {
            if scalar == "\"" || scalar == "'" || scalar == "\\" || scalar.properties.isWhitespace {
                quoted.unicodeScalars.append("\\")
            }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted
    }

    private static func show(_ text: String) -> String { FuzzTargets.show(text.utf8) }
}
