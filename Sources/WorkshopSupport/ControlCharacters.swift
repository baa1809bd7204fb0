/// Characters that are not text to read but instructions to whatever shows it: the C0 controls
/// (escape, bell, carriage return...), DEL, the C1 controls (U+0080–U+009F), the line and paragraph
/// separators, and the invisible format characters (general category Cf) that reorder or hide the
/// text around them: the bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069),
/// the marks U+200E, U+200F and U+061C, zero-width spaces, tag characters. The one rule for which
/// characters `check` warns about and the terminal writes out as codes.
///
/// Two format characters are text: the zero-width joiner and non-joiner, which emoji sequences
/// and many scripts need. Tag characters are text only inside an emoji flag sequence (the flag
/// of Scotland is 🏴 followed by tags spelling 'gbsct').
public enum ControlCharacters {
    /// Whether `scalar` is a control or an invisible format character.
    /// True when `text` certainly holds none but line feeds: a byte scan that knows the UTF-8 of
    /// the common scripts and punctuation (U+0000 to U+05FF and U+2000 to U+2FFF, where it looks
    /// closer) and leaves anything else to the character-by-character check. A summary's JSON is
    /// megabytes; walking its scalars measured as a third of `summary --format json` at a million answers.
    public static func surelyAbsent(from text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if (byte >= 0x20 && byte < 0x7F) || byte == 0x0A {
                    index += 1
                    continue
                }
                let next = index + 1 < bytes.count ? bytes[index + 1] : 0, third = index + 2 < bytes.count ? bytes[index + 2] : 0
                switch byte {
                // U+0080 to U+00BF: C1 controls below U+00A0, and the soft hyphen U+00AD.
                case 0xC2 where next >= 0xA0 && next != 0xAD && next <= 0xBF: index += 2
                // U+00C0 to U+05FF: letters and marks of the Latin, Greek, Cyrillic, Armenian and Hebrew blocks.
                case 0xC3...0xD7 where (0x80...0xBF).contains(next): index += 2
                // U+2000 to U+2FFF but U+200B-200F, U+2028-202E and U+2060-206F (format and separators).
                case 0xE2 where (0x80...0xBF).contains(next) && (0x80...0xBF).contains(third):
                    if next == 0x80 && ((0x8B...0x8F).contains(third) || (0xA8...0xAE).contains(third)) { return false }
                    if next == 0x81 && (0xA0...0xAF).contains(third) { return false }
                    index += 3
                default: return false
                }
            }
            return true
        }
    }

    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || (0x7F...0x9F).contains(value) { return true }
        if value < 0xA0 { return false }
        if value == 0x200C || value == 0x200D { return false }
        switch scalar.properties.generalCategory {
        case .format, .lineSeparator, .paragraphSeparator: return true
        default: return false
        }
    }

    /// Whether any scalar of `text` is one, outside emoji flag sequences.
    public static func appear(in text: some StringProtocol) -> Bool {
        guard text.unicodeScalars.contains(where: contains) else { return false }
        return text.contains { character in !isFlag(character) && character.unicodeScalars.contains(where: contains) }
    }

    /// An emoji tag sequence: a black flag, tag characters, and the cancel tag that ends them.
    public static func isFlag(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.first?.value == 0x1F3F4, scalars.last?.value == 0xE007F, scalars.count > 2 else { return false }
        return scalars.dropFirst().dropLast().allSatisfy { (0xE0020...0xE007E).contains($0.value) }
    }

    /// `U+001B (escape)`, `U+202E (right-to-left override)`: the character as a message names it.
    public static func describe(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let name = names[scalar.value] ?? scalar.properties.name?.lowercased()
        return name.map { "\(code) (\($0))" } ?? code
    }

    private static let names: [UInt32: String] = [
        0x00: "null", 0x07: "bell", 0x08: "backspace", 0x09: "tab", 0x0A: "line feed", 0x0B: "vertical tab",
        0x0C: "form feed", 0x0D: "carriage return", 0x1B: "escape", 0x7F: "delete", 0x85: "next line",
        0x9B: "control sequence introducer", 0x9D: "operating system command",
    ]
}
