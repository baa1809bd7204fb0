/// Each persona's profile across the activities as an SVG dot plot: one row per activity, the scale
/// across, one marker per persona in its own colour and shape.
struct ProfileChart {
    let summary: SessionSummary
    let colours: [String]

    static let shapes = ["circle", "square", "diamond", "triangle", "cross"]

    var svg: String {
        let rowHeight = 22.0, left = 230.0, width = 640.0, top = 30.0
        let plotWidth = width - left - 20
        let low = summary.scale.levels.first?.value ?? 0, high = summary.scale.levels.last?.value ?? 1
        let height = top + rowHeight * Double(summary.activities.count) + 10
        func x(_ value: Double) -> Double { left + (high > low ? (value - low) / (high - low) : 0) * plotWidth }
        var parts = ["<h2>Persona profiles</h2>",
                     "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Median answer of each persona for each activity\">"]
        for level in summary.scale.levels {
            let position = x(level.value)
            parts.append("<line x1=\"\(f(position))\" y1=\"\(f(top - 8))\" x2=\"\(f(position))\" y2=\"\(f(height - 4))\" stroke=\"#ddd\"/>")
            parts.append("<text x=\"\(f(position))\" y=\"\(f(top - 12))\" font-size=\"11\" text-anchor=\"middle\">\(escape(level.label))</text>")
        }
        for (row, activity) in summary.activities.enumerated() {
            let y = top + rowHeight * Double(row) + rowHeight / 2
            parts.append("<text x=\"\(f(left - 8))\" y=\"\(f(y + 4))\" font-size=\"12\" text-anchor=\"end\">\(escape(activity.title))</text>")
            for (index, persona) in summary.personas.enumerated() {
                guard let median = activity.personaMedians.first(where: { $0.persona == persona.persona })?.median else { continue }
                // A small vertical offset per persona keeps equal medians visible.
                let offset = (Double(index) - Double(summary.personas.count - 1) / 2) * 3
                parts.append(marker(index, x: x(median), y: y + offset))
            }
        }
        parts.append("</svg>")
        // The legend is HTML so that it wraps on narrow pages and prints.
        parts.append("<p class=\"legend\">" + summary.personas.enumerated().map { index, persona in
            "<span><svg width=\"12\" height=\"12\" viewBox=\"0 0 12 12\">\(marker(index, x: 6, y: 6))</svg> \(escape(persona.name))</span>"
        }.joined(separator: " ") + "</p>")
        return parts.joined(separator: "\n")
    }

    private func marker(_ index: Int, x: Double, y: Double) -> String {
        let colour = colours[index % colours.count]
        let style = "fill=\"\(colour)\" stroke=\"#000\" stroke-width=\"0.6\""
        switch Self.shapes[index % Self.shapes.count] {
        case "square": return "<rect x=\"\(f(x - 4))\" y=\"\(f(y - 4))\" width=\"8\" height=\"8\" \(style)/>"
        case "diamond": return "<polygon points=\"\(f(x)),\(f(y - 5)) \(f(x + 5)),\(f(y)) \(f(x)),\(f(y + 5)) \(f(x - 5)),\(f(y))\" \(style)/>"
        case "triangle": return "<polygon points=\"\(f(x)),\(f(y - 5)) \(f(x + 5)),\(f(y + 4)) \(f(x - 5)),\(f(y + 4))\" \(style)/>"
        case "cross": return "<path d=\"M\(f(x - 4)) \(f(y - 4))L\(f(x + 4)) \(f(y + 4))M\(f(x + 4)) \(f(y - 4))L\(f(x - 4)) \(f(y + 4))\" stroke=\"\(colour)\" stroke-width=\"2.5\"/>"
        default: return "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"4.5\" \(style)/>"
        }
    }

    private func f(_ value: Double) -> String { SessionSummary.number(value) }
}
