/// Titles fitted to a column so that the reader can still tell them apart. Cutting every title to
/// its first columns made fifty titles that start "Engagement activity number" read the same, so a
/// title too long keeps its start and its end with an ellipsis between ("Engagement activity
/// num…ver 12"), and where two still read the same, the part that tells it from the others is
/// shown instead of its end. Widths are in columns: a wide character counts two.
enum TitleFit {
    /// Each of `titles` within `width` columns, in order: whole when it fits, else abbreviated; nil
    /// when some could not be told apart at that width (the caller then wraps them whole).
    static func fit(_ titles: [String], width: Int) -> [String]? {
        var fitted = titles.map { middle($0, width: width) }
        for index in clashes(fitted, titles) {
            fitted[index] = around(titles[index], at: difference(of: titles[index], from: titles), width: width)
        }
        return clashes(fitted, titles).isEmpty ? fitted : nil
    }

    /// `title` with its middle left out when it is wider than `width`: as much of its start as of its end.
    static func middle(_ title: String, width: Int) -> String {
        guard TextWidth.columns(title) > width else { return title }
        guard width > 4 else { return abbreviate(title, width) }
        let head = TextWidth.prefix(title, (width - 1 + 1) / 2)
        return head + "…" + suffix(title, width - 1 - TextWidth.columns(head))
    }

    /// The indexes of fitted titles that read the same as another's, though the titles differ.
    private static func clashes(_ fitted: [String], _ titles: [String]) -> [Int] {
        var owners: [String: Set<String>] = [:]
        for (shown, title) in zip(fitted, titles) { owners[shown, default: []].insert(title) }
        return fitted.indices.filter { (owners[fitted[$0]]?.count ?? 0) > 1 }
    }

    /// How many characters `title` shares at its start with the title most like it.
    private static func difference(of title: String, from titles: [String]) -> Int {
        titles.filter { $0 != title }.map { other in zip(title, other).prefix { pair in pair.0 == pair.1 }.count }.max() ?? 0
    }

    /// `title` within `width` with the character at `offset` (where it differs from the others) in
    /// view: a little of its start, an ellipsis, then from a few characters before that one.
    private static func around(_ title: String, at offset: Int, width: Int) -> String {
        let characters = Array(title)
        let head = TextWidth.prefix(title, max(1, (width - 2) / 3))
        let start = max(head.count, offset - 6)
        guard start > head.count, start < characters.count else { return abbreviate(title, width) }
        let rest = String(characters[start...])
        let room = width - 1 - TextWidth.columns(head)
        if TextWidth.columns(rest) <= room { return head + "…" + rest }
        return head + "…" + abbreviate(rest, room)
    }

    /// The longest end of `text` that fits in `width` columns, cut between pieces.
    static func suffix(_ text: String, _ width: Int) -> String {
        var used = 0
        var start = text.endIndex
        for piece in TextWidth.pieces(text).reversed() {
            let size = TextWidth.columns(piece)
            if used + size > width { break }
            used += size
            start = piece.startIndex
        }
        return String(text[start...])
    }
}
