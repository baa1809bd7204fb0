import WorkshopKit

extension TerminalText {
    /// What may reach a stream as it is, besides plain text.
    struct Allowance {
        /// The tool's own colour codes, `ESC [ digits ; ... m` (only while colour is on).
        var colour: Bool
        /// Tabs and CR LF line ends, which documents (CSV, TSV, calendars) are made of.
        var document = false
    }

    /// Everything the tool writes, on its way out: the last guard behind the cleaning each command
    /// does where it puts user text into a line. Every control or format character is written out
    /// as `clean` writes it, except line feeds and what `allowance` lets through, so no text the
    /// commands forgot to clean can drive the terminal.
    static func output(_ text: String, _ allowance: Allowance) -> String {
        if !text.unicodeScalars.contains(where: { $0 != "\n" && ControlCharacters.contains($0) }) { return text }
        var result = ""
        var runStart = text.startIndex, index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            var keptEnd: String.Index?
            if character == "\n" || allowance.document && (character == "\t" || character == "\r\n") {
                keptEnd = text.index(after: index)
            } else if allowance.colour, character == "\u{1B}" {
                keptEnd = colourCodeEnd(in: text, at: index)
            }
            guard let end = keptEnd else {
                index = text.index(after: index)
                continue
            }
            result += clean(String(text[runStart..<index])) + text[index..<end]
            index = end
            runStart = end
        }
        return result + clean(String(text[runStart...]))
    }

    /// Where `ESC [ digits and semicolons m` that starts at `start` ends, if it is one.
    private static func colourCodeEnd(in text: String, at start: String.Index) -> String.Index? {
        var index = text.index(after: start)
        guard index < text.endIndex, text[index] == "[" else { return nil }
        index = text.index(after: index)
        while index < text.endIndex, text[index].isASCII, text[index].isNumber || text[index] == ";" {
            index = text.index(after: index)
        }
        guard index < text.endIndex, text[index] == "m" else { return nil }
        return text.index(after: index)
    }
}
