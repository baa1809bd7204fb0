/// Splits a command line into words much as a shell does: spaces separate, quotes group, backslash
/// escapes the next character. Unlike a shell, a quote opens only at the start of a word (or right
/// after `=`, as in `--note="two words"`): inside a word it is a letter, so `note the funder's
/// template` needs no escaping.
///
/// It reads Unicode scalars, not characters: a combining mark after a quote, or a prepended mark
/// before one (U+0600...), would otherwise hide the quote inside one grapheme cluster, and a line's
/// words could not be quoted back into the same words.
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
        var current = String.UnicodeScalarView()
        var inWord = false
        var quote: Unicode.Scalar?
        var escaped = false
        for scalar in line.unicodeScalars {
            if escaped {
                current.append(scalar)
                escaped = false
            } else if scalar == "\\" && quote != "'" {
                escaped = true
                inWord = true
            } else if let open = quote {
                if scalar == open { quote = nil } else { current.append(scalar) }
            } else if (scalar == "\"" || scalar == "'") && (!inWord || current.last == "=") {
                quote = scalar
                inWord = true
            } else if scalar.properties.isWhitespace {
                if inWord { words.append(String(current)) }
                current = String.UnicodeScalarView()
                inWord = false
            } else {
                current.append(scalar)
                inWord = true
            }
        }
        if let quote { throw .unterminatedQuote(Character(quote)) }
        if escaped { current.append("\\") }
        if inWord { words.append(String(current)) }
        return words
    }
}
