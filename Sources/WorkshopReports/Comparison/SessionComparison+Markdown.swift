import WorkshopModel
import WorkshopSession

extension SessionComparison {
    /// The comparison as GitHub-flavoured Markdown: who is compared on how many answers, the rule,
    /// the activities that moved most, every cell, and what was left out. User text is escaped.
    public var markdown: String {
        let md = MarkdownExporter()
        let a = md.escape(from.session), b = md.escape(to.session)
        var lines = ["# Change from \(a) to \(b)", ""]
        for (label, side) in [("from", from), ("to", to)] {
            let meeting = side.meeting.map { ", meeting \($0)" + (side.series.map { " of \(md.escape($0))" } ?? "") } ?? ""
            lines.append("- **\(label)**: \(md.escape(side.session)), \(md.escape(side.title))\(side.date.map { ", \($0)" } ?? "")"
                + "\(meeting): \(IdeaWords.plural(side.answers, "answer"))" + (side.unsure > 0 ? " (and \(side.unsure) unsure)" : ""))
        }
        lines.append("- **scale**: \(md.escape(scale.name)); change = \(b) minus \(a)")
        lines.append("- **rule**: " + md.escape(rule.statement))
        lines += ["", "## Moved most", "", "| Activity | Change | Cells | Called |", "| --- | ---: | ---: | ---: |"]
        for activity in moved() {
            lines.append("| \(md.escape(activity.title)) | \(Self.change(activity.change, activity.called)) | \(activity.cells) | \(activity.calledCells) |")
        }
        let personaName = Dictionary(personas.map { ($0.persona, $0.name) }) { first, _ in first }
        let title = Dictionary(activities.map { ($0.activity, $0.title) }) { first, _ in first }
        lines += ["", "## Cells: median (answers)", "", "| Activity | Persona | Criterion | \(a) | \(b) | Change |",
                  "| --- | --- | --- | ---: | ---: | ---: |"]
        for cell in cells {
            let change = Self.change(cell.change, cell.called)
            lines.append("| \(md.escape(title[cell.activity] ?? cell.activity)) | \(md.escape(personaName[cell.persona] ?? cell.persona)) | "
                + "\(md.escape(cell.criterion ?? "")) | \(figure(cell.from)) | \(figure(cell.to)) | \(change) |")
        }
        if !leftOut.isEmpty {
            lines += ["", "## Left out: only one plan has them", ""]
            lines += leftOut.map { "- \($0.kind) \(md.escape($0.id)) (\(md.escape($0.name))): only in \(md.escape($0.session))" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `▲ +1`, `~ -0.5`, `= 0`, or `·` with no change to show.
    static func change(_ change: Double?, _ called: Bool) -> String {
        change.map { Direction($0).mark(called: called) + " " + Direction.signed($0) } ?? "·"
    }

    /// `4 (5)`, or `Amber–Green (2)` on a labelled scale; `·` with no median.
    func figure(_ figure: Figure) -> String {
        figure.median.map { "\(MarkdownExporter().escape(scale.medianLabel($0))) (\(figure.answers))" } ?? "·"
    }
}
