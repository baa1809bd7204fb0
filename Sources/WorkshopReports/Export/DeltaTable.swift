import WorkshopModel
import WorkshopSession

/// The delta heatmap: activities down, personas across, each cell the change in the median since
/// the meeting before, its colour repeating the direction and size.
struct DeltaTable {
    let comparison: SessionComparison

    var html: String {
        let personas = comparison.personas
        let cells = Dictionary(comparison.cells.map { (MatrixCell(activity: $0.activity, persona: $0.persona, criterion: $0.criterion), $0) }) { a, _ in a }
        var rows = ""
        var seen = Set<String>()
        for cell in comparison.cells where seen.insert(cell.activity + "\u{0}" + (cell.criterion ?? "")).inserted {
            let title = (comparison.activities.first { $0.activity == cell.activity }?.title ?? cell.activity) + (cell.criterion.map { " · " + $0 } ?? "")
            rows += "<tr><th scope=\"row\">\(escape(title))</th>"
            for persona in personas {
                rows += td(cells[MatrixCell(activity: cell.activity, persona: persona.persona, criterion: cell.criterion)])
            }
            rows += "</tr>"
        }
        let from = comparison.from
        return "<h3>Change since meeting \(from.meeting.map(String.init) ?? "before") (<code>\(escape(from.session))</code>)</h3>"
            + "<p class=\"note\">Each cell: this meeting's median minus the one before, in points of the scale; ▲ ▼ a change "
            + "called a trend, ~ one not called (too few answers, or within the noise), = no change, · answered at one of the two only; colour repeats the "
            + "sign and size (orange up, blue down). Rule: \(escape(comparison.rule.statement)).</p>"
            + "<table class=\"matrix\"><thead><tr><th>Activity</th>\(personas.map { "<th>\(escape($0.name))</th>" }.joined())</tr></thead>"
            + "<tbody>\(rows)</tbody></table>"
            + (comparison.leftOut.isEmpty ? "" : "<p class=\"note\">Left out, only one plan has them: "
                + comparison.leftOut.map { "\(escape($0.kind)) \(escape($0.name)) (only in \(escape($0.session)))" }.joined(separator: "; ") + ".</p>")
    }

    private func td(_ cell: SessionComparison.CellChange?) -> String {
        guard let cell else { return "<td class=\"none\"></td>" }
        let figures = "\(figure(cell.from)) → \(figure(cell.to))"
        guard let change = cell.change else { return "<td class=\"none\" title=\"\(escape(figures))\">·</td>" }
        let text = Direction(change).mark(called: cell.called) + " " + Direction.signed(change)
        let width = (comparison.scale.levels.last?.value ?? 1) - (comparison.scale.levels.first?.value ?? 0)
        let share = width > 0 ? min(1, abs(change) / width) : 0
        guard Direction(change) != .same else { return "<td title=\"\(escape(figures))\">\(text)</td>" }
        let ramp = change > 0 ? SeriesSection.up : SeriesSection.down
        let step = min(ramp.count - 1, Int(share * Double(ramp.count)))
        return "<td style=\"background:\(ramp[step]);color:\(step >= 2 ? "#fff" : "#000")\" title=\"\(escape(figures))\">\(text)</td>"
    }

    private func figure(_ figure: SessionComparison.Figure) -> String {
        figure.median.map { "\(SessionSummary.number($0)) (\(figure.answers) \(figure.answers == 1 ? "answer" : "answers"))" } ?? "no median"
    }
}
