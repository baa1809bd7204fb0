/// The lines `Wrap.fit` lays out, one word at a time: continuation lines indented (two columns
/// under the first, unless told otherwise), a word that does not fit on the line so far starting a new one, and a word wider than
/// a whole line cut between `TextWidth` pieces. The columns of the line being laid are counted as
/// it grows, never measured again.
struct WrappedLines {
    private let width: Int
    private let indent: String
    private var lines: [String] = []
    private var current: String
    private var used: Int
    /// Nothing but the leading spaces or the indent is on the line yet.
    private var atStart = true

    init(leading: String, width: Int, hanging: Int = 2) {
        self.width = width
        indent = leading + String(repeating: " ", count: hanging)
        current = leading
        used = leading.count
    }

    mutating func add(_ word: Substring) {
        let size = TextWidth.columns(word)
        if !atStart, used + 1 + size > width { breakLine() }
        if !atStart {
            current += " "
            used += 1
        }
        if used + size <= width {
            current += word
            used += size
        } else {
            lay(pieces: word)
        }
        atStart = atStart && word.isEmpty
    }

    /// A word too wide for what is left: as many pieces as fit on each line, and at least one
    /// after the spaces, so a piece wider than the room after the indent still gets a line.
    private mutating func lay(pieces word: Substring) {
        var holdsPiece = false
        for piece in TextWidth.pieces(word) {
            let size = TextWidth.columns(piece)
            if used + size > width, holdsPiece {
                breakLine()
                holdsPiece = false
            }
            current += piece
            used += size
            holdsPiece = holdsPiece || size > 0
        }
    }

    private mutating func breakLine() {
        lines.append(current)
        current = indent
        used = indent.count
        atStart = true
    }

    /// Every line laid, the last one included.
    func finished() -> [String] {
        lines + [current]
    }
}
