import WorkshopKit

/// `trend` for a terminal: the meetings and the answers each rests on, the rule for calling a
/// trend, then one line per persona under each activity: a sparkline of its medians across the
/// meetings, the medians themselves, and the change from the first meeting to the last.
struct TrendRenderer {
    let trend: SeriesTrend
    let width: Int
    /// Colour on or off, as the command line asked.
    let style: Style

    /// The rendering, every line within `width`.
    var lines: [String] { Wrap.fit(header + [""] + rows, width: width) }

    private var header: [String] {
        var lines = [
            style.bold("Series '\(clean(trend.series))': the median answer at each of \(plural(trend.meetings.count, "meeting"))"
                + filterText),
            "meetings: " + trend.meetings.map { meeting in
                "\(meeting.number) '\(clean(meeting.session))'\(meeting.date.map { " \(clean($0))" } ?? "") (\(plural(meeting.answers, "answer")))"
            }.joined(separator: ", "),
        ]
        for meeting in trend.leftOut {
            lines.append("left out: meeting \(meeting.number) '\(clean(meeting.session))' \(clean(meeting.reason))")
        }
        lines.append("scale: \(clean(trend.scale.name)) (\(range)); sparkline ▁…█ low to high, · no median at that meeting")
        lines.append(style.dim("rule: " + trend.rule.statement))
        return lines
    }

    private var filterText: String {
        guard let filter = trend.filter else { return "" }
        let parts = [filter.activity.map { "activity '\(clean($0))'" }, filter.persona.map { "persona '\(clean($0))'" }]
        return ", " + parts.compactMap { $0 }.joined(separator: ", ")
    }

    private var range: String {
        let levels = trend.scale.levels.map { level in
            let value = SessionSummary.number(level.value)
            return clean(level.label == value ? value : "\(value) \(level.label)")
        }
        return "\(levels.first ?? "") … \(levels.last ?? "")"
    }

    private var rows: [String] {
        guard !trend.rows.isEmpty else { return ["no answers in these meetings"] }
        let nameWidth = min(24, width / 3, (trend.rows.map { TextWidth.columns(clean($0.name)) + ($0.criterion.map { TextWidth.columns(clean($0)) + 3 } ?? 0) }.max() ?? 8) + 2)
        var lines: [String] = []
        var activity: String?
        for row in trend.rows {
            if row.activity != activity {
                activity = row.activity
                lines.append(style.bold(clean(row.title)))
            }
            let label = "  " + pad(abbreviate(clean(row.name) + (row.criterion.map { " · \(clean($0))" } ?? ""), nameWidth - 1), nameWidth)
            let byMeeting = Dictionary(row.points.map { ($0.meeting, $0) }) { a, _ in a }
            let spark = String(trend.meetings.map { byMeeting[$0.number].map { ChangeMarks.spark($0.median, scale: trend.scale) } ?? "·" })
            // Labels can hold spaces (`Not relevant`), so a labelled scale's values are set apart by commas.
            let medians = trend.meetings.map { byMeeting[$0.number].map { clean(trend.scale.medianLabel($0.median)) } ?? "·" }
                .joined(separator: trend.scale.isLabelled ? ", " : " ")
            // Where the medians do not fit beside the change, the change names its two ends instead,
            // so a row that changed always shows its values.
            let full = label + spark + "  " + medians + "  " + change(row, values: false)
            lines.append(TextWidth.columns(full) <= width ? full : label + spark + "  " + change(row, values: true))
        }
        return lines
    }

    /// `▲ up 2 since meeting 1: 2 → 4 (3 → 4 answers)`, `~ up 1 since meeting 2: Amber → Green (1 → 2
    /// answers: too few to call)`, or why there is no change to show. With `values`, a row that
    /// changed names its values at both ends, for when the medians column does not fit.
    private func change(_ row: SeriesTrend.Row, values named: Bool) -> String {
        guard let first = row.points.first, let last = row.points.last else { return "" }
        guard let change = row.change else { return "(one meeting: \(plural(first.answers, "answer")))" }
        let span = last.meeting == trend.meetings.last?.number
            ? "since meeting \(first.meeting)" : "from meeting \(first.meeting) to \(last.meeting)"
        let values = !named || Direction(change) == .same ? ""
            : ": " + clean(trend.scale.medianLabel(first.median)) + " → " + clean(trend.scale.medianLabel(last.median))
        return Direction(change).mark(called: row.called) + " " + ChangeMarks.size(change) + " \(span)\(values) "
            + "(\(first.answers) → \(plural(last.answers, "answer"))" + (row.called || Direction(change) == .same ? ")" : ": \(why(row)))")
    }

    /// Why a change is not called: within the noise, or too few answers.
    private func why(_ row: SeriesTrend.Row) -> String {
        guard let interval = row.interval, !interval.excludesZero else { return "too few to call" }
        return "within the noise, \(ChangeMarks.signed(interval.lower)) to \(ChangeMarks.signed(interval.upper))"
    }

    private func clean(_ text: String) -> String { TerminalText.clean(text) }
}
