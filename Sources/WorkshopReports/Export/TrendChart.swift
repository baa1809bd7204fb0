import WorkshopHTML
import WorkshopMessages
import WorkshopSession

/// One small SVG line chart for one activity (on one criterion): the meetings across, the scale up,
/// a line per persona in its colour with its own marker shape, broken where a meeting has no median.
/// A hollow marker rests on fewer answers than the change rule needs.
struct TrendChart {
    let trend: SeriesTrend
    /// The rows of this activity and criterion, one per persona.
    let rows: [SeriesTrend.Row]
    /// Each persona's index into the colours and shapes.
    let personaIndex: [String: Int]
    var language: ReportLanguage = .english

    static let shapes = ["circle", "square", "diamond", "triangle"]

    var node: Node {
        let width = 280.0, height = 150.0, left = 28.0, right = 10.0, top = 26.0, bottom = 22.0
        let numbers = trend.meetings.map(\.number)
        let low = trend.scale.levels.first?.value ?? 0, high = trend.scale.levels.last?.value ?? 1
        func x(_ meeting: Int) -> Double {
            let position = Double(numbers.firstIndex(of: meeting) ?? 0)
            return numbers.count > 1 ? left + position * (width - left - right) / Double(numbers.count - 1) : (left + width - right) / 2
        }
        func y(_ value: Double) -> Double { top + (high > low ? (high - value) / (high - low) : 0.5) * (height - top - bottom) }
        let title = (rows.first.map { $0.title + ($0.criterion.map { " · " + $0 } ?? "") }) ?? ""
        return element("svg", ["xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(Int(width)) \(Int(height))", "width": "\(Int(width))",
                               "height": "\(Int(height))", "role": "img",
                               "aria-label": description(title)]) {
            element("text", ["x": "2", "y": "14", "font-size": "12", "font-weight": "600"]) { title }
            for level in trend.scale.levels {
                element("line", ["x1": f(left), "y1": f(y(level.value)), "x2": f(width - right), "y2": f(y(level.value)), "stroke": "#e4e4e4"])
                element("text", ["x": f(left - 4), "y": f(y(level.value) + 4), "font-size": "10", "text-anchor": "end"]) { level.key }
            }
            for number in numbers {
                element("text", ["x": f(x(number)), "y": f(height - 6), "font-size": "10", "text-anchor": "middle"]) { String(number) }
            }
            for row in rows {
                let index = personaIndex[row.persona] ?? 0
                let colour = HTMLExporter.personaColours[index % HTMLExporter.personaColours.count]
                for (a, b) in zip(row.points, row.points.dropFirst()) where adjacent(a.meeting, b.meeting, numbers) {
                    element("line", ["x1": f(x(a.meeting)), "y1": f(y(a.median)), "x2": f(x(b.meeting)), "y2": f(y(b.median)),
                                     "stroke": colour, "stroke-width": "2"])
                }
                for point in row.points {
                    Self.marker(index, colour: colour, hollow: point.answers < trend.rule.minimumAnswers, x: x(point.meeting), y: y(point.median),
                                label: language.words.count("report.series.point", point.answers, [
                                    "persona": row.name, "median": SessionSummary.number(point.median), "meeting": String(point.meeting)]))
                }
            }
        }
    }

    /// The chart in words, its text alternative: each persona's median at each meeting (WCAG 1.1.1).
    private func description(_ title: String) -> String {
        let words = language.words
        let lines = rows.map { row in
            words["report.series.chart_persona", ["persona": row.name, "points": row.points.map {
                words["report.series.chart_point", ["median": SessionSummary.number($0.median), "meeting": String($0.meeting)]]
            }.joined(separator: words["report.list.separator"])]]
        }
        return ([words["report.series.chart_label", ["title": title]]] + lines).joined(separator: ". ")
    }

    private func adjacent(_ a: Int, _ b: Int, _ numbers: [Int]) -> Bool {
        guard let i = numbers.firstIndex(of: a), let j = numbers.firstIndex(of: b) else { return false }
        return j == i + 1
    }

    /// A persona's marker: its colour and shape, hollow when it rests on too few answers.
    static func marker(_ index: Int, colour: String, hollow: Bool, x: Double, y: Double, label: String? = nil) -> Node {
        let f = SessionSummary.number
        let (fill, stroke, strokeWidth) = (hollow ? "#fff" : colour, hollow ? colour : "#000", hollow ? "1.5" : "0.6")
        let title = label.map { label in element("title") { label } }
        switch shapes[index % shapes.count] {
        case "square":
            return element("rect", ["x": f(x - 4), "y": f(y - 4), "width": "8", "height": "8", "fill": fill, "stroke": stroke,
                                    "stroke-width": strokeWidth]) { title }
        case "diamond":
            return element("polygon", ["points": "\(f(x)),\(f(y - 5)) \(f(x + 5)),\(f(y)) \(f(x)),\(f(y + 5)) \(f(x - 5)),\(f(y))",
                                       "fill": fill, "stroke": stroke, "stroke-width": strokeWidth]) { title }
        case "triangle":
            return element("polygon", ["points": "\(f(x)),\(f(y - 5)) \(f(x + 5)),\(f(y + 4)) \(f(x - 5)),\(f(y + 4))",
                                       "fill": fill, "stroke": stroke, "stroke-width": strokeWidth]) { title }
        default:
            return element("circle", ["cx": f(x), "cy": f(y), "r": "4", "fill": fill, "stroke": stroke, "stroke-width": strokeWidth]) { title }
        }
    }

    private func f(_ value: Double) -> String { SessionSummary.number(value) }
}
