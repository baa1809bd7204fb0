/// Column headings for names that must fit a width: the name if it fits, else its leading whole
/// words ("PhD candidate" → "PhD"), else its words cut at a syllable with a trailing '.'
/// ("International student" → "Int. student", "Professional-services staff" → "Prof. serv."),
/// else a plain cut. Headings stay unique across the columns; the caller prints a key from
/// heading to full name for those that changed. Widths are in columns (`TextWidth`), and names are
/// cut only between whole characters and codes, never inside an accent's cluster or a `^[`.
enum Headings {
    /// One heading per name, each at most `width` columns, no two alike.
    static func abbreviate(_ names: [String], width: Int) -> [String] {
        let width = max(1, width)
        let options = names.map { candidates(for: $0, width: width) }
        var chosen = Array(repeating: 0, count: names.count)
        while true {
            let current = names.indices.map { options[$0][chosen[$0]] }
            let counts = Dictionary(current.map { ($0, 1) }, uniquingKeysWith: +)
            let clashing = names.indices.filter { (counts[current[$0]] ?? 0) > 1 }
            let movable = clashing.filter { chosen[$0] < options[$0].count - 1 }
            if clashing.isEmpty { return current }
            if movable.isEmpty { return numbered(current, width: width) }
            // Every heading in a clash moves on, so no name keeps the short form the others lost.
            for index in movable { chosen[index] += 1 }
        }
    }

    /// Every way to write `name` within `width`, most preferred first; never empty.
    static func candidates(for name: String, width: Int) -> [String] {
        var result: [String] = []
        func add(_ text: String) {
            if !text.isEmpty, TextWidth.columns(text) <= width, !result.contains(text) { result.append(text) }
        }
        add(name)
        let words = name.split(whereSeparator: { $0 == " " || $0 == "-" })
        for count in stride(from: words.count - 1, through: 1, by: -1) {
            add(String(name[..<words[count - 1].endIndex]))
        }
        for count in stride(from: words.count, through: 1, by: -1) {
            if let text = shortened(Array(words.prefix(count)), width: width) { add(text) }
        }
        add(TextWidth.prefix(name, width))
        // A wide character in a column one wide: an ellipsis says something is there.
        if result.isEmpty { result.append("…") }
        return result
    }

    /// The words joined by spaces, the longest word cut to its next syllable until the whole fits
    /// (ties: the earlier word first); nil when even the shortest forms do not fit.
    static func shortened(_ words: [Substring], width: Int) -> String? {
        let forms = words.map { [String($0)] + cuts(of: $0).map { $0 + "." } }
        var step = Array(repeating: 0, count: words.count)
        func text() -> String { words.indices.map { forms[$0][step[$0]] }.joined(separator: " ") }
        while TextWidth.columns(text()) > width {
            let shortenable = words.indices.filter { step[$0] < forms[$0].count - 1 }
            guard let longest = shortenable.max(by: { a, b in
                (TextWidth.columns(forms[a][step[a]]), b) < (TextWidth.columns(forms[b][step[b]]), a)
            }) else { return nil }
            step[longest] += 1
        }
        return text()
    }

    /// Where a word can be cut, longest first: after a consonant that a vowel follows ("Int|ernational",
    /// "Prof|essional"), keeping at least three letters and saving at least one character with the '.'.
    static func cuts(of word: Substring) -> [String] {
        // Letters are the pieces `TextWidth` cuts between: a code such as `^[` is one, and no letter.
        let letters = TextWidth.pieces(word)
        guard letters.count > 4 else { return [] }
        var result: [String] = []
        for index in stride(from: letters.count - 2, through: 3, by: -1)
        where isConsonant(letters[index - 1]) && isVowel(letters[index]) {
            result.append(String(word[..<letters[index].startIndex]))
        }
        return result
    }

    private static func isVowel(_ letter: Substring) -> Bool {
        letter.count == 1 && "aeiouyàáâäãåèéêëìíîïòóôöõùúûü".contains(letter.lowercased())
    }

    private static func isConsonant(_ letter: Substring) -> Bool {
        letter.count == 1 && letter.allSatisfy(\.isLetter) && !isVowel(letter)
    }

    /// Last resort when cuts still clash: a number at the end of each clashing heading, counted
    /// across all of them so no two numbered headings meet.
    private static func numbered(_ headings: [String], width: Int) -> [String] {
        let counts = Dictionary(headings.map { ($0, 1) }, uniquingKeysWith: +)
        var used = Set(headings.filter { counts[$0] == 1 })
        var next = 1
        return headings.map { heading in
            guard (counts[heading] ?? 0) > 1 else { return heading }
            var result: String
            repeat {
                let number = String(next)
                next += 1
                result = TextWidth.prefix(heading, max(0, width - number.count)) + number
            } while used.contains(result)
            used.insert(result)
            return result
        }
    }
}
