import WorkshopKit

/// `compare` for a terminal: who is compared and on how many answers, the rule for calling a
/// trend, then the delta heatmap (activities × personas), the activities that moved most, every
/// cell's medians, cells answered in one session only, and what only one plan has.
struct CompareRenderer {
    let comparison: SessionComparison
    let width: Int
    /// Colour on or off, as the command line asked.
    let style: Style

    /// The rendering, every line within `width`.
    var lines: [String] { Wrap.fit(header + [""] + grid + [""] + lists, width: width) }

    private var header: [String] {
        let from = comparison.from, to = comparison.to
        return [
            style.bold("Change from '\(clean(from.session))' to '\(clean(to.session))': the median answer per persona and activity"),
            "  from: " + describe(from),
            "  to:   " + describe(to),
            "scale: \(clean(comparison.scale.name)) (\(range)); change = '\(clean(to.session))' minus '\(clean(from.session))'",
            style.dim("rule: " + comparison.rule.statement),
        ]
    }

    private func describe(_ side: SessionComparison.Side) -> String {
        let meeting = side.meeting.map { ", meeting \($0)" + (side.series.map { " of '\(clean($0))'" } ?? "") } ?? ""
        let unsure = side.unsure > 0 ? " (and \(side.unsure) unsure)" : ""
        return "'\(clean(side.session))' \(clean(side.title))\(side.date.map { ", \(clean($0))" } ?? "")\(meeting): "
            + plural(side.answers, "answer") + unsure
    }

    private var range: String {
        let levels = comparison.scale.levels
        func describe(_ level: Scale.Level?) -> String {
            guard let level else { return "" }
            let value = SessionSummary.number(level.value)
            return clean(level.label == value ? value : "\(value) \(level.label)")
        }
        return "\(describe(levels.first)) … \(describe(levels.last))"
    }

    /// Rows of (activity, criterion) in plan order, as the cells come.
    private var rows: [(activity: String, criterion: String?)] {
        var seen = Set<MatrixCell>(), result: [(activity: String, criterion: String?)] = []
        for cell in comparison.cells where seen.insert(MatrixCell(activity: cell.activity, persona: "", criterion: cell.criterion)).inserted {
            result.append((cell.activity, cell.criterion))
        }
        return result
    }

    private var grid: [String] {
        let personas = comparison.personas
        let titles = rows.map { title($0.activity) + ($0.criterion.map { " · " + clean($0) } ?? "") }
        let labelWidth = min((titles.map(TextWidth.columns).max() ?? 10) + 1, 30)
        let columnWidth = max(7, min(12, (width - labelWidth - 10) / max(1, personas.count)))
        guard labelWidth + columnWidth * personas.count + 10 <= width else {
            return [style.dim("(the delta heatmap needs a wider terminal; every cell is listed below)")]
        }
        var lines = [style.dim("cells: change in the median; shade ░▒▓█ its size by quarters of the scale; "
            + "· answered in one session only")]
        let headings = Headings.abbreviate(personas.map { clean($0.name) }, width: columnWidth - 1)
        lines.append(style.bold(pad("", labelWidth) + headings.map { pad($0, columnWidth) }.joined() + "│ mean"))
        let cells = Dictionary(comparison.cells.map { (MatrixCell(activity: $0.activity, persona: $0.persona, criterion: $0.criterion), $0) }) { a, _ in a }
        let means = Dictionary(comparison.activities.map { ($0.activity, $0) }) { a, _ in a }
        var meanShown = Set<String>()
        for (row, label) in zip(rows, titles) {
            var line = pad(abbreviate(label, labelWidth - 1), labelWidth)
            for persona in personas {
                let cell = cells[MatrixCell(activity: row.activity, persona: persona.persona, criterion: row.criterion)]
                line += self.cell(cell, width: columnWidth)
            }
            if meanShown.insert(row.activity).inserted, let mean = means[row.activity], let change = mean.change {
                line += "│ " + ChangeMarks.mark(mean.direction, called: mean.called) + ChangeMarks.signed(change)
            } else {
                line += "│"
            }
            lines.append(line)
        }
        let cut = zip(headings, personas).filter { $0.0 != clean($0.1.name) }
        if !cut.isEmpty {
            lines += Style.wrapList(cut.map { "\($0.0) = \(clean($0.1.name))" }, first: "columns:", indent: 2, width: width).map(style.dim)
        }
        return lines
    }

    private func cell(_ cell: SessionComparison.CellChange?, width: Int) -> String {
        guard let cell else { return pad("", width) }
        guard let change = cell.change else { return pad(" ·", width) }
        let text = pad(ChangeMarks.shade(change, scale: comparison.scale) + ChangeMarks.mark(cell.direction, called: cell.called)
            + ChangeMarks.signed(change), width - 1)
        return ChangeMarks.coloured(text, change: change, scale: comparison.scale, style: style) + " "
    }

    func title(_ activity: String) -> String {
        clean(comparison.activities.first { $0.activity == activity }?.title ?? activity)
    }

    func name(_ persona: String) -> String {
        clean(comparison.personas.first { $0.persona == persona }?.name ?? persona)
    }

    func clean(_ text: String) -> String { TerminalText.clean(text) }
}
