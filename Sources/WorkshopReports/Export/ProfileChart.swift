import WorkshopHTML
import WorkshopMessages
import WorkshopModel
import WorkshopSession

/// Each persona's profile across the activities as an SVG dot plot: one row per activity, the scale
/// across, one marker per persona in its own colour and shape. Margins are sized from the longest
/// title and the end labels so no text is clipped; long scale labels alternate between two lines;
/// personas with the same median in a row are stacked so every marker shows.
struct ProfileChart {
    let summary: SessionSummary
    let colours: [String]
    var language: ReportLanguage = .english

    static let shapes = ["circle", "square", "diamond", "triangle", "cross"]
    /// Approximate width of a character at the chart's 12px and 11px type, for margins.
    static let titleCharacter = 6.8, labelCharacter = 6.2
    static let markerStep = 9.0

    var node: Node {
        let levels = summary.scale.levels
        let labels = levels.map { language.label($0, scale: summary.scale.name) }
        let labelWidths = labels.map { Double($0.count) * Self.labelCharacter }
        let longestTitle = Double(summary.activities.map(\.title.count).max() ?? 10)
        let left = max(120, longestTitle * Self.titleCharacter + 16) + max(0, (labelWidths.first ?? 0) / 2 - 60)
        let right = max(20, (labelWidths.last ?? 0) / 2 + 8)
        let plotWidth = max(300, 640 - left - right), width = left + plotWidth + right
        let low = levels.first?.value ?? 0, high = levels.last?.value ?? 1
        func x(_ value: Double) -> Double { left + (high > low ? (value - low) / (high - low) : 0) * plotWidth }
        // Labels alternate between two lines when neighbours would touch.
        let spacing = levels.count > 1 ? plotWidth / Double(levels.count - 1) : plotWidth
        let twoLines = (labelWidths.max() ?? 0) + 6 > spacing
        let top = twoLines ? 44.0 : 30.0
        let rows = summary.activities.map(stacks)
        let heights = rows.map { max(22, Double(($0.values.map(\.count).max() ?? 1)) * Self.markerStep + 6) }
        let height = top + heights.reduce(0, +) + 10
        var shapes: [Node] = []
        for (index, level) in levels.enumerated() {
            let position = x(level.value), line = twoLines && index % 2 == 1 ? 14.0 : 0
            shapes.append(element("line", ["x1": f(position), "y1": f(top - 8), "x2": f(position), "y2": f(height - 4), "stroke": "#ddd"]))
            shapes.append(element("text", ["x": f(position), "y": f(top - 26 + line + (twoLines ? 0 : 14)), "font-size": "11",
                                           "text-anchor": "middle"]) { labels[index] })
        }
        var y = top
        for (activity, row) in zip(summary.activities, rows) {
            let rowHeight = max(22, Double((row.values.map(\.count).max() ?? 1)) * Self.markerStep + 6)
            let middle = y + rowHeight / 2
            shapes.append(element("text", ["x": f(left - 8), "y": f(middle + 4), "font-size": "12", "text-anchor": "end",
                                           "lang": language.planLang]) { activity.title })
            for (median, personas) in row.sorted(by: { $0.key < $1.key }) {
                for (place, index) in personas.enumerated() {
                    let offset = (Double(place) - Double(personas.count - 1) / 2) * Self.markerStep
                    shapes.append(marker(index, x: x(median), y: middle + offset))
                }
            }
            y += rowHeight
        }
        // One element a line, as the chart was always written.
        return fragment {
            element("h2") { language.words["report.heading.profiles"] }
            Node.newline
            element("svg", ["xmlns": "http://www.w3.org/2000/svg", "viewBox": "0 0 \(Int(width.rounded(.up))) \(Int(height))",
                            "role": "img", "aria-label": language.words["report.profiles.label"]]) {
                for shape in shapes { Node.newline; shape }
                Node.newline
            }
            Node.newline
            // The legend is HTML so that it wraps on narrow pages and prints.
            element("p", ["class": "legend"]) {
                for (index, persona) in summary.personas.enumerated() {
                    if index > 0 { " " }
                    element("span", ["lang": language.planLang, "dir": language.planDir]) {
                        element("svg", ["width": "12", "height": "12", "viewBox": "0 0 12 12"]) { marker(index, x: 6, y: 6) }
                        " " + persona.name
                    }
                }
            }
        }
    }

    /// The personas (by index) at each median in an activity's row; several at one median are a tie.
    private func stacks(_ activity: SessionSummary.ActivitySummary) -> [Double: [Int]] {
        var result: [Double: [Int]] = [:]
        for (index, persona) in summary.personas.enumerated() {
            guard let median = activity.personaMedians.first(where: { $0.persona == persona.persona })?.median else { continue }
            result[median, default: []].append(index)
        }
        return result
    }

    private func marker(_ index: Int, x: Double, y: Double) -> Node {
        let colour = colours[index % colours.count]
        switch Self.shapes[index % Self.shapes.count] {
        case "square":
            return element("rect", ["x": f(x - 4), "y": f(y - 4), "width": "8", "height": "8", "fill": colour, "stroke": "#000", "stroke-width": "0.6"])
        case "diamond":
            return element("polygon", ["points": "\(f(x)),\(f(y - 5)) \(f(x + 5)),\(f(y)) \(f(x)),\(f(y + 5)) \(f(x - 5)),\(f(y))",
                                       "fill": colour, "stroke": "#000", "stroke-width": "0.6"])
        case "triangle":
            return element("polygon", ["points": "\(f(x)),\(f(y - 5)) \(f(x + 5)),\(f(y + 4)) \(f(x - 5)),\(f(y + 4))",
                                       "fill": colour, "stroke": "#000", "stroke-width": "0.6"])
        case "cross":
            return element("path", ["d": "M\(f(x - 4)) \(f(y - 4))L\(f(x + 4)) \(f(y + 4))M\(f(x + 4)) \(f(y - 4))L\(f(x - 4)) \(f(y + 4))",
                                    "stroke": colour, "stroke-width": "2.5"])
        default:
            return element("circle", ["cx": f(x), "cy": f(y), "r": "4.5", "fill": colour, "stroke": "#000", "stroke-width": "0.6"])
        }
    }

    private func f(_ value: Double) -> String { SessionSummary.number(value) }
}
