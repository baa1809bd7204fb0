import WorkshopKit

/// The persona × activity heatmap for a terminal: numbers carry the meaning, a shade (on a RAG
/// scale its letter) and, on a colour terminal, the scale's `ScalePalette` (the room's and the
/// report's colours, as the nearest 256-colour codes) repeat it. A figure on too little data
/// is marked `*` and dimmed; a nominal scale shows each cell's most common answer with no shade,
/// since its answers have no order.
struct MatrixRenderer {
    let summary: SessionSummary
    /// What the cells show; nil for the scale's own: the median, or the most common answer when nominal.
    let statistic: MatrixStatistic?
    let width: Int
    /// Colour on or off, as the command line asked.
    let style: Style
    let cellsByPlace: [Place: [CellStatistics]]

    static let shades: [Character] = ["░", "▒", "▓", "█"]

    init(summary: SessionSummary, statistic: MatrixStatistic? = nil, width: Int, style: Style) {
        self.summary = summary
        self.statistic = statistic
        self.width = width
        self.style = style
        cellsByPlace = Dictionary(grouping: summary.cells) { Place(activity: $0.activity, persona: $0.persona) }
    }

    /// Whether cells show the most common answer (a nominal scale) rather than a number.
    var showsModes: Bool { !summary.scale.isOrdered && statistic != .count }
    /// Whether there is a standing and rank column: only an ordered scale has them.
    var showsStandings: Bool { summary.scale.isOrdered }

    /// The rendering, every line within `width`.
    var lines: [String] { Wrap.fit(table, width: width) }

    private var figures: [[MatrixFigure]] {
        summary.activities.map { activity in summary.personas.map { figure(activity: activity, persona: $0.persona) } }
    }

    private var table: [String] {
        let personas = summary.personas, figures = self.figures
        let tailWidth = showsStandings ? 14 : 0
        let longestTitle = summary.activities.map { TextWidth.columns(clean($0.title)) }.max() ?? 10
        // Persona columns as wide as fits (6 to 12, wider when a figure needs it or to spell out the
        // answers of a nominal scale), after titles of up to 32 characters.
        let least = max(6, (figures.joined().map { TextWidth.columns(cellText($0, labels: false)) }.max() ?? 0) + 1)
        let roomy = max(12, least, showsWords ? (figures.joined().map { TextWidth.columns(cellText($0, labels: true)) }.max() ?? 0) + 1 : 0)
        let spare = width - tailWidth - min(longestTitle + 2, 34)
        let columnWidth = max(least, min(roomy, personas.isEmpty ? least : spare / personas.count))
        let titleWidth = min(width - personas.count * columnWidth - tailWidth, longestTitle + 2)
        // Titles that cannot be told apart in their column are shown whole, one block per activity.
        guard titleWidth >= 12, let titles = TitleFit.fit(summary.activities.map { clean($0.title) }, width: titleWidth - 1)
        else { return expanded }
        // Labels for the answers only when every cell's fits, so a column never mixes labels and keys.
        let labels = showsWords && figures.joined().allSatisfy { TextWidth.columns(cellText($0, labels: true)) < columnWidth }
        var lines = legend(Array(figures.joined()), keys: !labels)
        let names = personas.map { clean($0.name) }
        let headings = Headings.abbreviate(names, width: columnWidth - 1)
        let tail = showsStandings ? "│ stand  rank" : ""
        var header = pad("", titleWidth) + headings.map { pad($0, columnWidth) }.joined() + tail
        while header.hasSuffix(" ") { header.removeLast() }
        lines.append(style.bold(header))
        for (activity, (row, title)) in zip(summary.activities, zip(figures, titles)) {
            var line = pad(title, titleWidth)
            line += row.map { cell($0, width: columnWidth, labels: labels) }.joined()
            if showsStandings { line += "│ " + standingCell(activity) }
            while line.hasSuffix(" ") { line.removeLast() }
            lines.append(line)
        }
        let cut = zip(headings, names).filter { $0.0 != $0.1 }
        if !cut.isEmpty {
            lines += Style.wrapList(cut.map { "\($0.0) = \($0.1)" }, first: "columns:", indent: 2, width: width)
                .map(style.dim)
        }
        return lines
    }

    /// For narrow terminals: one block per activity.
    var expanded: [String] {
        var lines = legend(Array(figures.joined()))
        for activity in summary.activities {
            lines.append(style.bold(clean(activity.title)) + standingWords(activity))
            for persona in summary.personas {
                let figure = figure(activity: activity, persona: persona.persona)
                let text = figure.text(labels: true)
                lines.append("  " + clean(persona.name) + ": " + (figure.thin ? style.dim(text) : text))
            }
        }
        return lines
    }

    private func standingWords(_ activity: SessionSummary.ActivitySummary) -> String {
        guard showsStandings else { return "" }
        guard let standing = activity.standing else { return " — no answers" }
        let value = SessionSummary.number(standing)
        guard let rank = activity.rank else { return " — standing \(value)\(MatrixFigure.thinMark), not ranked" }
        return " — rank \(rank), standing \(value)"
    }

    private func cell(_ figure: MatrixFigure, width: Int, labels: Bool) -> String {
        let text = pad(cellText(figure, labels: labels), width - 1)
        guard style.enabled else { return text + " " }
        if figure.thin { return style.dim(text) + " " }
        guard case let .number(_, share) = figure.value, !showsModes, let codes = colourCodes(share: share) else {
            return text + " "
        }
        return "\u{1B}[\(codes)m" + text + "\u{1B}[0m "
    }

    private func standingCell(_ activity: SessionSummary.ActivitySummary) -> String {
        let standing = pad(standingText(activity), 6)
        let rank = activity.rank.map { String($0) } ?? MatrixFigure.noAnswers
        return (standingBelowMinimum(activity) ? style.dim(standing) : standing) + rank
    }

    func clean(_ text: String) -> String { TerminalText.clean(text) }
}
