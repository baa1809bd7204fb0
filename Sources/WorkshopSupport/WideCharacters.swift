/// Characters that take two columns where text is laid out in a grid (a terminal, a spreadsheet's
/// digit widths): East Asian wide and fullwidth characters (Unicode's East_Asian_Width W and F)
/// and emoji. The one rule the terminal's tables and the workbook's column widths share.
public enum WideCharacters {
    /// Whether `character` takes two columns.
    public static func contains(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first, !character.isASCII else { return false }
        // Emoji presentation by default, or text presentation made emoji by a selector, a skin tone or a joiner.
        if scalar.properties.isEmojiPresentation || character.unicodeScalars.count > 1 && scalar.properties.isEmoji {
            return true
        }
        return ranges.contains { $0.contains(scalar.value) }
    }

    private static let ranges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x18CFF, 0x1AFF0...0x1B2FF, 0x1F200...0x1F2FF,
        0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
