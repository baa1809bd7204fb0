import WorkshopHTML
import WorkshopMessages
import WorkshopModel
import WorkshopSession

/// The delta heatmap: activities down, personas across, each cell the change in the median since
/// the meeting before, its colour repeating the direction and size.
struct DeltaTable {
    let comparison: SessionComparison
    var language: ReportLanguage = .english
    private var words: Messages { language.words }

    var node: Node {
        let personas = comparison.personas
        let cells = Dictionary(comparison.cells.map { (MatrixCell(activity: $0.activity, persona: $0.persona, criterion: $0.criterion), $0) }) { a, _ in a }
        var seen = Set<String>()
        let rows = comparison.cells.filter { seen.insert($0.activity + "\u{0}" + ($0.criterion ?? "")).inserted }
        let from = comparison.from
        return fragment {
            element("h3") {
                from.meeting.map { words["report.delta.since_meeting", ["meeting": String($0)]] } ?? words["report.delta.since_before"]
                " ("
                element("code") { from.session }
                ")"
            }
            element("p", ["class": "note"]) {
                words["report.delta.note", ["rule": words["report.delta.rule", ["minimum": String(comparison.rule.minimumAnswers)]]]]
            }
            element("table", ["class": "matrix"]) {
                element("thead") {
                    element("tr") {
                        element("th") { words["report.column.activity"] }
                        for persona in personas { element("th", ["lang": language.planLang, "dir": language.planDir]) { persona.name } }
                    }
                }
                element("tbody") {
                    for cell in rows {
                        element("tr") {
                            element("th", ["scope": "row", "lang": language.planLang, "dir": language.planDir]) {
                                (comparison.activities.first { $0.activity == cell.activity }?.title ?? cell.activity) + (cell.criterion.map { " · " + $0 } ?? "")
                            }
                            for persona in personas {
                                td(cells[MatrixCell(activity: cell.activity, persona: persona.persona, criterion: cell.criterion)])
                            }
                        }
                    }
                }
            }
            if !comparison.leftOut.isEmpty {
                element("p", ["class": "note"]) {
                    words["report.delta.left_out", ["items": comparison.leftOut.map {
                        words["report.delta.left_out_item", ["kind": $0.kind, "name": $0.name, "session": $0.session]]
                    }.joined(separator: "; ")]]
                }
            }
        }
    }

    private func td(_ cell: SessionComparison.CellChange?) -> Node {
        guard let cell else { return element("td", ["class": "none"]) }
        let figures = "\(figure(cell.from)) → \(figure(cell.to))"
        guard let change = cell.change else { return element("td", ["class": "none", "title": figures]) { "·" } }
        let text = Direction(change).mark(called: cell.called) + " " + Direction.signed(change)
        let width = (comparison.scale.levels.last?.value ?? 1) - (comparison.scale.levels.first?.value ?? 0)
        let share = width > 0 ? min(1, abs(change) / width) : 0
        guard Direction(change) != .same else { return element("td", ["title": figures]) { text } }
        let ramp = change > 0 ? SeriesSection.up : SeriesSection.down
        let step = min(ramp.count - 1, Int(share * Double(ramp.count)))
        return element("td", ["style": "background:\(ramp[step]);color:\(step >= 3 ? "#fff" : "#000")", "title": figures]) { text }
    }

    private func figure(_ figure: SessionComparison.Figure) -> String {
        figure.median.map { "\(comparison.scale.medianLabel($0)) (\(words.count("report.delta.answers", figure.answers)))" } ?? words["report.delta.no_median"]
    }
}
