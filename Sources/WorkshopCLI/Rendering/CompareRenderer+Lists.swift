import WorkshopKit

extension CompareRenderer {
    /// What moved most, every cell's figures, cells answered in one session, what was left out.
    var lists: [String] {
        var lines = [style.bold("Moved most (mean change of an activity's cells answered in both)")]
        let moved = comparison.moved()
        if moved.isEmpty { lines.append("  no activity's median changed") }
        for activity in moved {
            let calledCells = activity.calledCells == activity.cells ? "all called" : "\(activity.calledCells) called"
            lines.append("  \(title(activity.activity)): " + ChangeMarks.words(activity.change ?? 0, called: activity.called)
                + " (\(plural(activity.cells, "cell")), \(calledCells))")
        }
        lines += ["", style.bold("Cells: median (answers it rests on) in '\(clean(comparison.from.session))' → '\(clean(comparison.to.session))'")]
        var current: (String, String?)?
        for cell in comparison.cells {
            if current == nil || current?.0 != cell.activity || current?.1 != cell.criterion {
                current = (cell.activity, cell.criterion)
                lines.append("  " + title(cell.activity) + (cell.criterion.map { " · \(clean($0))" } ?? ""))
            }
            let change = cell.change.map { ", " + ChangeMarks.words($0, called: cell.called, interval: cell.interval) } ?? ""
            lines.append("    \(name(cell.persona)): \(figure(cell.from)) → \(figure(cell.to))\(change)")
        }
        let only = comparison.onlyInOne
        if !only.isEmpty {
            lines += ["", style.bold("Answered in one session only")]
            for (cell, session) in only {
                let figure = cell.from.median == nil ? cell.to : cell.from
                lines.append("  \(title(cell.activity)) · \(name(cell.persona))\(cell.criterion.map { " · \(clean($0))" } ?? ""): "
                    + "only in '\(clean(session))', \(self.figure(figure))")
            }
        }
        if !comparison.leftOut.isEmpty {
            lines += ["", style.bold("Left out: only one plan has them")]
            for item in comparison.leftOut {
                lines.append("  \(item.kind) '\(clean(item.id))' (\(clean(item.name))): only in '\(clean(item.session))'")
            }
        }
        return lines
    }

    /// `4 (5 answers)`, `Amber–Green (2 answers)` on a labelled scale, `· (no answers)`, `? (2 unsure only)`.
    private func figure(_ figure: SessionComparison.Figure) -> String {
        guard let median = figure.median else {
            return figure.unsure > 0 ? "? (\(figure.unsure) unsure only)" : "· (no answers)"
        }
        return "\(clean(comparison.scale.medianLabel(median))) (\(plural(figure.answers, "answer")))"
    }
}
