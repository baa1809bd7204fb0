import Foundation
import WorkshopHTML
import WorkshopMessages
import WorkshopModel
import WorkshopSession

/// The report's persona × activity table. On an ordered scale each cell shows the median, its n
/// (and interval, when there is one), coloured by the scale's `ScalePalette` (the phones' and the
/// projector's colours; `data-palette`/`data-tone`, whose rules the stylesheet carries) and a
/// legend maps the tones to the scale's labels; a cell resting on too little data is greyed, not
/// coloured. On a nominal scale each cell shows the most common answer and its share, with no
/// colour by order.
struct HTMLHeatmap {
    let summary: SessionSummary
    var language: ReportLanguage = .english
    private var words: Messages { language.words }

    /// The palette of the summary's scale.
    var palette: ScalePalette {
        ScalePalette.of(Scale(name: summary.scale.name, levels: summary.scale.levels, measurement: summary.scale.measurement))
    }

    var node: Node {
        let ordered = summary.scale.isOrdered
        return fragment {
            element("h2") { words[ordered ? "report.heading.median" : "report.heading.mode"] }
            Node.newline
            legend
            Node.newline
            element("table", ["class": "matrix"]) {
                element("thead") {
                    element("tr") {
                        element("th") { words["report.column.activity"] }
                        for persona in summary.personas { element("th", ["lang": language.planLang, "dir": language.planDir]) { persona.name } }
                        if ordered { element("th") { words["report.column.standing"] }; element("th") { words["report.column.rank"] } }
                    }
                }
                Node.newline
                element("tbody") {
                    for activity in summary.activities {
                        element("tr") {
                            element("th", ["scope": "row", "lang": language.planLang, "dir": language.planDir]) { activity.title }
                            for persona in summary.personas {
                                ordered ? cell(activity, persona.persona) : modeCell(activity, persona.persona)
                            }
                            if ordered { standing(activity) }
                        }
                    }
                }
            }
        }
    }

    private var legend: Node {
        guard summary.scale.isOrdered else {
            return fragment {
                element("p", ["class": "note"]) {
                    words["report.heatmap.mode_note"] + " " + words["report.findings.mode_marks", ["minimum": String(MinimumData.cellValues)]]
                }
                element("p", ["class": "legend"]) {
                    for level in summary.scale.levels { element("span") { element("b") { level.key }; " " + language.label(level, scale: summary.scale.name) } }
                }
            }
        }
        return fragment {
            element("p", ["class": "note"]) {
                words["report.findings.heatmap_note", ["colours": Self.colours(palette, words), "minimum": String(MinimumData.cellValues)]]
            }
            element("p", ["class": "legend"]) {
                for level in summary.scale.levels {
                    element("span") {
                        element("i", Self.tone(palette, share(level.value)).attributes(class: "swatch"))
                        let label = language.label(level, scale: summary.scale.name)
                        level.label == SessionSummary.number(level.value) ? label : "\(SessionSummary.number(level.value)) \(label)"
                    }
                }
            }
        }
    }

    private func cell(_ activity: SessionSummary.ActivitySummary, _ persona: String) -> Node {
        guard let score = activity.personaMedians.first(where: { $0.persona == persona }) else {
            return empty(activity.activity, persona)
        }
        let cells = summary.cells.filter { $0.activity == activity.activity && $0.persona == persona }
        let interval = cells.count == 1 ? cells[0].medianInterval : nil
        let title = interval.map { words["report.interval", ["interval": $0.text]] }
        // The interval is in the appendix's table and the cell's title: the first page shows the figure and its n.
        let body = Self.figure(summary.medianText(score.median, in: language), n: score.values)
        guard score.sufficient else { return element("td", ["class": "thin", "title": title]) { body } }
        let mark = Self.tone(palette, share(score.median))
        return element("td", mark.attributes(title: title)) {
            if let letter = mark.letter { element("b", ["class": "letter"]) { letter + " " } }
            body
        }
    }

    /// A figure with its n, and its interval when there is one, in small type below.
    static func figure(_ text: String, n: Int, interval: String? = nil) -> Node {
        fragment {
            text
            element("small") { "n = \(n)" + (interval.map { " · " + $0 } ?? "") }
        }
    }

    private func modeCell(_ activity: SessionSummary.ActivitySummary, _ persona: String) -> Node {
        guard let mode = activity.personaModes?.first(where: { $0.persona == persona }) else {
            return empty(activity.activity, persona)
        }
        let body = Self.figure(summary.modeText(mode), n: mode.values)
        return element("td", ["class": mode.values >= MinimumData.cellValues ? nil : "thin"]) { body }
    }

    /// '?' when the cell has only unsure answers, '·' when it has none.
    private func empty(_ activity: String, _ persona: String) -> Node {
        let unsure = summary.cells.contains { $0.activity == activity && $0.persona == persona && $0.unsure > 0 }
        return unsure ? element("td", ["class": "none", "title": words["report.heatmap.only_unsure"]]) { "?" } : element("td", ["class": "none"]) { "·" }
    }

    private func standing(_ activity: SessionSummary.ActivitySummary) -> Node {
        guard let standing = activity.standing else {
            return fragment { element("td", ["class": "none"]) { "·" }; element("td", ["class": "none"]) { "·" } }
        }
        let title = activity.standingInterval.map { words["report.interval", ["interval": $0.text]] }
        let body = Self.figure(SessionSummary.number(standing), n: activity.values)
        guard activity.standingSufficient else {
            return fragment {
                element("td", ["class": "thin", "title": title]) { body }
                element("td", ["class": "none", "title": words["report.heatmap.too_few_personas"]]) { "·" }
            }
        }
        return fragment {
            element("td", ["title": title]) { body }
            element("td") { activity.rank.map { String($0) } ?? "·" }
        }
    }

    private func share(_ value: Double) -> Double {
        let low = summary.scale.levels.first?.value ?? 0, high = summary.scale.levels.last?.value ?? 1
        return high > low ? max(0, min(1, (value - low) / (high - low))) : 0
    }

    /// The tone of `palette` at `share` (0...1), as the attributes `palette.css`'s rules select on.
    static func tone(_ palette: ScalePalette, _ share: Double) -> ToneMark {
        ToneMark(palette: palette, tone: palette.tone(at: share))
    }

    /// How the palette runs, in words, for the note above the table.
    static func colours(_ palette: ScalePalette, _ words: Messages) -> String {
        switch palette {
        case .diverging: return words["report.heatmap.colours.diverging"]
        case .traffic: return words["report.heatmap.colours.traffic"]
        case .sequential, .none: return words["report.heatmap.colours.sequential"]
        }
    }
}
