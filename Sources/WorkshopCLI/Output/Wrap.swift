/// Fitting rendered lines to the terminal: a line wider than the terminal is broken at spaces,
/// continuation lines indented under the first; a single word wider than the line is cut between
/// the pieces `TextWidth` names, never inside a character or a code. Width is counted in columns:
/// colour codes take none, wide characters two.
enum Wrap {
    static func fit(_ lines: [String], width: Int) -> [String] {
        lines.flatMap { fit($0, width: width) }
    }

    static func fit(_ line: String, width: Int) -> [String] {
        let width = max(width, 20)
        guard TextWidth.columns(line) > width else { return [line] }
        let leading = String(line.prefix { $0 == " " })
        let indent = leading + "  "
        var result: [String] = []
        var current = leading
        for word in line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: false) {
            let piece = String(word)
            let start = current == leading || current == indent
            if !start, TextWidth.columns(current) + 1 + TextWidth.columns(piece) > width {
                result.append(current)
                current = indent
            }
            current += (current == leading || current == indent ? "" : " ") + piece
            while TextWidth.columns(current) > width {
                var head = TextWidth.prefix(current, width)
                // A piece wider than what is left after the indent still goes on a line of its own.
                let spaces = current.prefix { $0 == " " }.count
                if head.count <= spaces, let first = TextWidth.pieces(current.dropFirst(spaces)).first {
                    head = String(current.prefix(spaces)) + first
                }
                result.append(head)
                current = indent + current.dropFirst(head.count)
            }
        }
        result.append(current)
        return result
    }
}

/// Fits text to a width in columns with an ellipsis, cut between whole characters and codes.
func abbreviate(_ text: String, _ width: Int) -> String {
    guard TextWidth.columns(text) > width else { return text }
    guard width > 1 else { return TextWidth.prefix(text, width) }
    return TextWidth.prefix(text, width - 1) + "…"
}

/// Pads text with spaces to a width in columns.
func pad(_ text: String, _ width: Int) -> String {
    let columns = TextWidth.columns(text)
    return columns >= width ? text : text + String(repeating: " ", count: width - columns)
}
