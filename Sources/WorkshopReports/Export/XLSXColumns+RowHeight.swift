import WorkshopSession

extension XLSXColumns {
    /// The height of a line of the default font (Arial 10), in points: Excel's default row height.
    static let lineHeight = 12.75

    /// A row's height in points when a wrapped cell of it takes more than one line; nil otherwise.
    /// LibreOffice does not fit a row to wrapped text when it opens a file (the lines overprint the
    /// next row), so the height is written: the most lines any wrapped cell of the row takes.
    func height(of row: [ExportCell]) -> Double? {
        var lines = 1
        for (index, cell) in row.enumerated() where index < columns.count && columns[index].wraps {
            guard case let .text(text) = cell else { continue }
            lines = max(lines, Self.lineCount(text, width: columns[index].width))
        }
        return lines > 1 ? Double(lines) * Self.lineHeight : nil
    }

    /// How many lines `text` wraps to in a column `width` digits wide, breaking at spaces as a
    /// spreadsheet does (a word longer than the line is broken where it fills it). One digit
    /// narrower than the column, for the cell's own margins.
    static func lineCount(_ text: String, width: Int) -> Int {
        let room = Double(max(width - 1, 1)), space = XLSXTextWidth.digits(" ")
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).reduce(0) { total, line in
            var lines = 1, used = 0.0
            for word in line.split(separator: " ", omittingEmptySubsequences: false) {
                let length = XLSXTextWidth.digits(line: word)
                if used == 0 || used + space + length <= room {
                    used += (used == 0 ? 0 : space) + length
                } else {
                    lines += 1
                    used = length
                }
                // A word longer than a line fills lines of its own.
                while used > room {
                    lines += 1
                    used -= room
                }
            }
            return total + lines
        }
    }
}
