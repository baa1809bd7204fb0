import WorkshopSession
import WorkshopSupport

/// How wide text shows in the workbook's font (Arial, metric-compatible with Helvetica and with
/// LibreOffice's Liberation Sans), in widths of a digit: the unit of a column's width.
enum XLSXTextWidth {
    /// The widest line of `text`.
    static func digits(_ text: String) -> Double {
        // ASCII byte by byte, as most cells are: walking Characters (grapheme breaking) costs far more.
        var widest = 0.0, line = 0.0
        for byte in text.utf8 {
            switch byte {
            case 0x20..<0x7F: line += asciiDigits[Int(byte) - 0x20]
            case 0x0A...0x0D: (widest, line) = (max(widest, line), 0)
            case 0x80...: return text.split(whereSeparator: \.isNewline).map { digits(line: $0) }.max() ?? 0
            default: break
            }
        }
        return max(widest, line)
    }

    /// One line, no breaks in it.
    static func digits(line: Substring) -> Double {
        line.reduce(0) { sum, character in sum + digits(character) }
    }

    /// ASCII from Helvetica's published widths (thousandths of an em; a digit is 556); East Asian
    /// wide characters and emoji two digits; combining marks and controls nothing; anything else one.
    static func digits(_ character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0..<0x20: return 0
        case 0x20..<0x7F: return asciiDigits[Int(scalar.value) - 0x20]
        default: break
        }
        return WideCharacters.contains(character) ? 2 : 1
    }

    private static let asciiDigits = ascii.map { Double($0) / 556 }

    /// Space to tilde.
    private static let ascii: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]
}
