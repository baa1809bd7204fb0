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

    /// Every line of `text` fitted to `width`, empty lines kept.
    static func text(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { fit(String($0), width: width) }
            .joined(separator: "\n")
    }

    /// `text` broken at spaces into lines of at most `width` columns (20 at least), none indented:
    /// the cells of a column, such as the descriptions in a help list.
    static func column(_ text: String, width: Int) -> [String] {
        let width = max(width, 20)
        guard TextWidth.columns(text) > width else { return [text] }
        var lines = WrappedLines(leading: "", width: width, hanging: 0)
        for word in text.split(separator: " ") { lines.add(word) }
        return lines.finished()
    }

    /// Rows of a two-column list (`name  description`), each description wrapped under its own
    /// column so no line is wider than `width`; when that column would be narrower than 20, each
    /// description goes on the lines under its name instead, indented `indent + 4`.
    static func list(_ rows: [(String, String)], indent: Int, width: Int) -> [String] {
        let margin = String(repeating: " ", count: indent)
        let nameWidth = (rows.map { TextWidth.columns($0.0) }.max() ?? 0) + 2
        let room = width - indent - nameWidth
        return rows.flatMap { name, description -> [String] in
            if room < 20 {
                let under = String(repeating: " ", count: indent + 4)
                return [margin + name] + column(description, width: width - under.count).map { under + $0 }
            }
            let cells = column(description, width: room)
            let blank = String(repeating: " ", count: indent + nameWidth)
            return [margin + pad(name, nameWidth) + cells[0]] + cells.dropFirst().map { blank + $0 }
        }
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
