import WorkshopHTML
import WorkshopMessages
import WorkshopSession

/// The HTML report's section for a session in a series: the meetings so far, a delta heatmap of the
/// change since the meeting before, and a small line chart per activity of the medians over the
/// meetings. Self-contained SVG and tables; all text escaped by construction.
struct SeriesSection {
    let context: SeriesContext
    var language: ReportLanguage = .english
    private var words: Messages { language.words }

    /// Diverging, colour-blind-safe ramps, light to dark: blue for down, orange for up.
    static let down = ["#deebf7", "#9ecae1", "#4292c6", "#08519c"], up = ["#fee6ce", "#fdae6b", "#f16913", "#a63603"]

    /// Nil at a series' first meeting: one point draws no trend and there is no change to show
    /// (the report's opening line names the meeting and the series).
    var node: Node? {
        let trend = context.trend
        guard trend.meetings.count > 1 else { return nil }
        return fragment {
            element("h2") { words["report.series.heading", ["series": context.series]] }
            element("p", ["class": "meta"]) {
                words["report.series.meetings", ["meeting": String(context.meeting)]] + " "
                for (index, meeting) in trend.meetings.enumerated() {
                    (index > 0 ? ", " : "") + "\(meeting.number) "
                    element("code") { meeting.session }
                    if let date = meeting.date { " (\(date))" }
                }
                "."
            }
            for left in trend.leftOut {
                element("p", ["class": "note"]) {
                    words["report.series.left_out", ["meeting": String(left.number)]] + " "
                    element("code") { left.session }
                    " \(left.reason)."
                }
            }
            if let comparison = context.sincePrevious {
                DeltaTable(comparison: comparison, language: language).node
            } else if let note = context.sincePreviousNote {
                element("h3") { words["report.series.change"] }
                element("p", ["class": "note"]) {
                    (note == SeriesContext.firstMeeting ? words["report.series.first_meeting"]
                        : context.sincePreviousError?.worded(words) ?? note) + "."
                }
            }
            charts
        }
    }

    private var charts: Node {
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
        return fragment {
            element("h3") { words["report.series.medians"] }
            element("p", ["class": "note"]) { words["report.series.charts_note", ["minimum": String(trend.rule.minimumAnswers)]] }
            element("p", ["class": "legend"]) {
                for (position, persona) in personas.enumerated() {
                    if position > 0 { " " }
                    element("span", ["lang": language.planLang, "dir": language.planDir]) {
                        element("svg", ["width": "12", "height": "12", "viewBox": "0 0 12 12"]) {
                            TrendChart.marker(position, colour: HTMLExporter.personaColours[position % HTMLExporter.personaColours.count],
                                              hollow: false, x: 6, y: 6)
                        }
                        " " + (names[persona] ?? persona)
                    }
                }
            }
            element("div", ["style": "display:flex;flex-wrap:wrap;gap:.5em"]) {
                for rows in groups { TrendChart(trend: trend, rows: rows, personaIndex: index, language: language).node }
            }
        }
    }
}
