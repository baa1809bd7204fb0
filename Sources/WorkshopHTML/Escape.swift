/// The one escaping of the HTML layer, for text and attribute values alike.
enum Escape {
    /// `text` with every `&`, `<`, `>`, `"` and `'` written as a character reference, so it reads as
    /// the characters it is in element content and in a quoted attribute value. A reference already
    /// in the text is escaped too (`&amp;` shows as `&amp;`, `&#8238;` as itself, not as U+202E).
    ///
    /// Control and bidi characters are kept, as every export keeps the text it was given: a browser
    /// obeys no C0 or C1 control, and a bidi override typed into a title reorders at most the rest
    /// of the block (paragraph, cell) that holds it. The terminal, which would obey them, shows
    /// them as codes instead (WorkshopCLI's `TerminalText`).
    static func text(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
