import WorkshopKit

/// How much room cleaned text takes on a terminal, and where it may be cut. Text is made of pieces
/// that are never split: a character as the reader sees it (a grapheme cluster: a letter with its
/// accents, an emoji with its joiners), a code `TerminalText` wrote for a control character (`^[`,
/// `\u{202e}`), and the tool's own colour codes. Wide characters and emoji take two columns,
/// colour codes none.
enum TextWidth {
    /// The columns `text` takes.
    static func columns(_ text: some StringProtocol) -> Int {
        // Most lines are ASCII: one column a byte, unless a colour code is in it.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        return pieces(text).reduce(0) { $0 + columns(piece: $1) }
    }

    /// The longest start of `text` that fits in `width` columns, cut between pieces.
    static func prefix(_ text: some StringProtocol, _ width: Int) -> String {
        var used = 0, end = text.startIndex
        for piece in pieces(text) {
            let size = columns(piece: piece)
            if used + size > width { break }
            used += size
            end = piece.endIndex
        }
        return String(text[..<end])
    }

    /// `text` split into the pieces it may be cut between.
    static func pieces<Text: StringProtocol>(_ text: Text) -> [Text.SubSequence] {
        var result: [Text.SubSequence] = []
        var index = text.startIndex
        while index < text.endIndex {
            let end = codeEnd(text, at: index) ?? text.index(after: index)
            result.append(text[index..<end])
            index = end
        }
        return result
    }

    private static func columns(piece: some StringProtocol) -> Int {
        guard let first = piece.first else { return 0 }
        if first == "\u{1B}" { return 0 }
        if piece.count > 1 { return piece.count }
        if WideCharacters.contains(first) { return 2 }
        // A mark or joiner with nothing before it to hold on to takes no room.
        let category = first.unicodeScalars.first?.properties.generalCategory
        return category == .nonspacingMark || category == .enclosingMark || category == .format ? 0 : 1
    }

    /// The end of the code starting at `index`: a colour code `ESC [ ... m`, a caret code `^[`,
    /// or an escape `\u{9b}`; nil when none starts there.
    private static func codeEnd<Text: StringProtocol>(_ text: Text, at index: Text.Index) -> Text.Index? {
        let first = text[index]
        guard first == "\u{1B}" || first == "^" || first == "\\" else { return nil }
        var next = text.index(after: index)
        guard next < text.endIndex else { return nil }
        switch first {
        case "\u{1B}":
            guard text[next] == "[" else { return next }
            next = text.index(after: next)
            // Parameters, then the final letter.
            while next < text.endIndex {
                let value = text[next].asciiValue ?? 0
                next = text.index(after: next)
                if (0x40...0x7E).contains(value) { break }
            }
            return next
        case "^":
            return "@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_?".contains(text[next]) ? text.index(after: next) : nil
        default:
            guard text[next] == "u" else { return nil }
            next = text.index(after: next)
            guard next < text.endIndex, text[next] == "{" else { return nil }
            next = text.index(after: next)
            let digits = next
            while next < text.endIndex, text[next].isHexDigit { next = text.index(after: next) }
            guard next > digits, next < text.endIndex, text[next] == "}" else { return nil }
            return text.index(after: next)
        }
    }
}
