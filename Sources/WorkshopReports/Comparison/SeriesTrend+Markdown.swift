import WorkshopModel
import WorkshopSession

extension SeriesTrend {
    /// The trend as GitHub-flavoured Markdown: the meetings, the rule, then one table row per cell
    /// with its median at each meeting and the change from the first to the last. User text is escaped.
    public var markdown: String {
        let md = MarkdownExporter()
        var lines = ["# Series \(md.escape(series)): the median answer at each meeting", ""]
        for meeting in meetings {
            lines.append("- **meeting \(meeting.number)**: \(md.escape(meeting.session)), \(md.escape(meeting.title))"
                + "\(meeting.date.map { ", \($0)" } ?? ""): \(IdeaWords.plural(meeting.answers, "answer"))")
        }
        for meeting in leftOut {
            lines.append("- **left out**: meeting \(meeting.number), \(md.escape(meeting.session)): \(md.escape(meeting.reason))")
        }
        lines.append("- **scale**: \(md.escape(scale.name))")
        lines.append("- **rule**: " + md.escape(rule.statement))
        let numbers = meetings.map(\.number)
        lines += ["", "| Activity | Persona | Criterion | " + numbers.map { "\($0)" }.joined(separator: " | ") + " | Change |",
                  "| --- | --- | --- | " + numbers.map { _ in "---:" }.joined(separator: " | ") + " | ---: |"]
        for row in rows {
            let byMeeting = Dictionary(row.points.map { ($0.meeting, $0) }) { first, _ in first }
            let values = numbers.map { number in
                byMeeting[number].map { "\(md.escape(scale.medianLabel($0.median))) (\($0.answers))" } ?? "·"
            }
            let change = SessionComparison.change(row.change, row.called)
            lines.append("| \(md.escape(row.title)) | \(md.escape(row.name)) | \(md.escape(row.criterion ?? "")) | "
                + values.joined(separator: " | ") + " | \(change) |")
        }
        lines += ["", "Each figure is the median (R type 7) with the answers it rests on in brackets; · no median at that meeting."]
        return lines.joined(separator: "\n") + "\n"
    }
}
