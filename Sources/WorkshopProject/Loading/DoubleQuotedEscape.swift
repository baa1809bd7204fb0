/// The escapes of a YAML double-quoted string (YAML 1.2, section 5.7): what a backslash and the
/// characters after it stand for.
package enum DoubleQuotedEscape {
    /// The scalar value the escape after a backslash at `start` stands for, and how many scalars the
    /// escape takes after the backslash. The value is nil for an escaped line break (a continuation)
    /// or an escape YAML does not know.
    package static func decode(_ scalars: [Unicode.Scalar], at start: Int) -> (value: UInt32?, length: Int) {
        guard start < scalars.count else { return (nil, 0) }
        let letter = scalars[start]
        if let value = single[letter] { return (value, 1) }
        let digits: Int
        switch letter {
        case "x": digits = 2
        case "u": digits = 4
        case "U": digits = 8
        default: return (nil, 1)
        }
        let end = min(scalars.count, start + 1 + digits)
        let hex = String(String.UnicodeScalarView(scalars[(start + 1)..<end]))
        return (hex.count == digits ? UInt32(hex, radix: 16) : nil, end - start)
    }

    private static let single: [Unicode.Scalar: UInt32] = [
        "0": 0x00, "a": 0x07, "b": 0x08, "t": 0x09, "\t": 0x09, "n": 0x0A, "v": 0x0B, "f": 0x0C, "r": 0x0D,
        "e": 0x1B, " ": 0x20, "\"": 0x22, "/": 0x2F, "\\": 0x5C, "N": 0x85, "_": 0xA0, "L": 0x2028, "P": 0x2029,
    ]
}
