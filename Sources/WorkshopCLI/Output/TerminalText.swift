/// Text that came from a file, a journal or a user, made safe to print on a terminal: control
/// characters (escape sequences, carriage returns, bells) become '?', so a title can never move the
/// cursor, recolour the screen or hide a line.
enum TerminalText {
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "?" : $0 }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
