import WorkshopSession

/// The HTML report's section for a session in a series: the meetings so far, a delta heatmap of the
/// change since the meeting before, and a small line chart per activity of the medians over the
/// meetings. Self-contained SVG and tables; all text escaped.
struct SeriesSection {
    let context: SeriesContext

    /// Diverging, colour-blind-safe ramps, light to dark: blue for down, orange for up.
    static let down = ["#deebf7", "#9ecae1", "#4292c6", "#08519c"], up = ["#fee6ce", "#fdae6b", "#f16913", "#a63603"]

    var html: String {
        let trend = context.trend
        let meetings = trend.meetings.map { "\($0.number) <code>\(escape($0.session))</code>\($0.date.map { " (\(escape($0)))" } ?? "")" }
        var html = "<h2>Across the series ‘\(escape(context.series))’</h2>"
            + "<p class=\"meta\">Meeting \(context.meeting) of the series. Meetings so far: \(meetings.joined(separator: ", ")).</p>"
            + trend.leftOut.map { "<p class=\"note\">Left out: meeting \($0.number) <code>\(escape($0.session))</code> \(escape($0.reason)).</p>" }.joined()
        if let comparison = context.sincePrevious {
            html += DeltaTable(comparison: comparison).html
        } else if let note = context.sincePreviousNote {
            html += "<h3>Change since the meeting before</h3><p class=\"note\">\(escape(note)).</p>"
        }
        html += charts
        return html
    }

    private var charts: String {
        let trend = context.trend
        var personas: [String] = [], names: [String: String] = [:]
        for row in trend.rows where names.updateValue(row.name, forKey: row.persona) == nil { personas.append(row.persona) }
        let index = Dictionary(uniqueKeysWithValues: personas.enumerated().map { ($1, $0) })
        var groups: [[SeriesTrend.Row]] = []
        for row in trend.rows {
            if let last = groups.last?.last, last.activity == row.activity, last.criterion == row.criterion {
                groups[groups.count - 1].append(row)
            } else {
                groups.append([row])
            }
        }
        let legend = personas.enumerated().map { position, persona in
            let colour = HTMLExporter.personaColours[position % HTMLExporter.personaColours.count]
            return "<span><svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\">"
                + TrendChart.marker(position, colour: colour, hollow: false, x: 6, y: 6) + "</svg> \(escape(names[persona] ?? persona))</span>"
        }.joined(separator: " ")
        return "<h3>Median at each meeting</h3><p class=\"note\">One chart per activity: meetings across, the scale up, a line per "
            + "persona. A hollow marker rests on fewer than \(trend.rule.minimumAnswers) answers; a gap is a meeting with no median.</p>"
            + "<p class=\"legend\">\(legend)</p><div style=\"display:flex;flex-wrap:wrap;gap:.5em\">"
            + groups.map { TrendChart(trend: trend, rows: $0, personaIndex: index).svg }.joined() + "</div>"
    }
}
