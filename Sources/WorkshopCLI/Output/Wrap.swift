/// Fitting rendered lines to the terminal: a line wider than the terminal is broken at spaces,
/// continuation lines indented under the first; a single word wider than the line is cut. Width is
/// counted in visible characters: colour escape sequences take no room.
enum Wrap {
    static func fit(_ lines: [String], width: Int) -> [String] {
        lines.flatMap { fit($0, width: width) }
    }

    static func fit(_ line: String, width: Int) -> [String] {
        let width = max(width, 20)
        guard visibleCount(line) > width else { return [line] }
        let leading = String(line.prefix { $0 == " " })
        let indent = leading + "  "
        var result: [String] = []
        var current = leading
        for word in line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: false) {
            let piece = String(word)
            let start = current == leading || current == indent
            if !start, visibleCount(current) + 1 + visibleCount(piece) > width {
                result.append(current)
                current = indent
            }
            current += (current == leading || current == indent ? "" : " ") + piece
            while visibleCount(current) > width {
                result.append(String(current.prefix(width)))
                current = indent + current.dropFirst(width)
            }
        }
        result.append(current)
        return result
    }

    /// Characters a terminal shows: everything but `ESC [ ... letter` sequences.
    static func visibleCount(_ text: String) -> Int {
        var count = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar.properties.isAlphabetic { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else if !scalar.properties.isGraphemeExtend {
                count += 1
            }
        }
        return count
    }
}
