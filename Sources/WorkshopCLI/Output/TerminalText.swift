import WorkshopKit

/// Text that came from a file, a journal or a user, made safe to print on a terminal. Every
/// character `ControlCharacters` names is written out as a visible code instead of reaching the
/// terminal, so a title can never move the cursor, clear or retitle the screen, hide a link,
/// reorder a line or break a table:
///
/// - C0 controls in caret notation, as `cat -v` and readline show them: escape `^[`, bell `^G`,
///   carriage return `^M`, tab `^I`, line feed `^J`; DEL `^?`;
/// - C1 controls (U+0080–U+009F), bidi controls and other invisible format characters as Swift
///   writes them: `\u{9b}`, `\u{202e}`, `\u{200b}`.
///
/// Everything else, emoji with their joiners and flags included, is left as it is. The codes are
/// plain characters, so cleaning twice changes nothing. Exports keep the original text.
enum TerminalText {
    static func clean(_ text: String) -> String {
        guard ControlCharacters.appear(in: text) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for character in text {
            if ControlCharacters.isFlag(character) {
                result.append(character)
                continue
            }
            for scalar in character.unicodeScalars {
                if ControlCharacters.contains(scalar) {
                    result += code(for: scalar)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// The visible code for a control or format character.
    private static func code(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0..<0x20: return "^" + String(UnicodeScalar(UInt8(scalar.value + 0x40)))
        case 0x7F: return "^?"
        default: return "\\u{" + String(scalar.value, radix: 16) + "}"
        }
    }
}
