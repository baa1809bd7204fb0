/// Splits a command line into words much as a shell does: spaces separate, quotes group, backslash
/// escapes the next character. Unlike a shell, a quote opens only at the start of a word (or right
/// after `=`, as in `--note="two words"`): inside a word it is a letter, so `note the funder's
/// template` needs no escaping.
public enum Tokenizer {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case unterminatedQuote(Character)

        public var description: String {
            switch self {
            case let .unterminatedQuote(quote):
                return "unterminated \(quote) quote; close it with another \(quote)"
            }
        }
    }

    public static func words(_ line: String) throws(Failure) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" && quote != "'" {
                escaped = true
                inWord = true
            } else if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if (character == "\"" || character == "'") && (!inWord || current.last == "=") {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if let quote { throw .unterminatedQuote(quote) }
        if escaped { current.append("\\") }
        if inWord { words.append(current) }
        return words
    }
}
