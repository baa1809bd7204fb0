/// Fitting rendered lines to the terminal: a line wider than the terminal is broken at spaces,
/// continuation lines indented under the first; a single word wider than the line is cut between
/// the pieces `TextWidth` names, never inside a character or a code. Width is counted in columns:
/// colour codes take none, wide characters two. Linear in the line's length: a word is measured
/// once, and one wider than the line is cut piece by piece as it is laid (re-measuring what was
/// left after each cut made a 1 MB note take minutes).
enum Wrap {
    static func fit(_ lines: [String], width: Int) -> [String] {
        lines.flatMap { fit($0, width: width) }
    }

    static func fit(_ line: String, width: Int) -> [String] {
        let width = max(width, 20)
        guard TextWidth.columns(line) > width else { return [line] }
        let leading = String(line.prefix { $0 == " " })
        var lines = WrappedLines(leading: leading, width: width)
        for word in line.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: false) {
            lines.add(word)
        }
        return lines.finished()
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
