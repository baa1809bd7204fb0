import Foundation
import WorkshopHTML
import WorkshopModel
import WorkshopSession

/// The report's persona × activity table. On an ordered scale each cell shows the median, its n
/// (and interval, when there is one), coloured along a colour-blind-safe ramp that a legend maps to
/// the scale's labels; a cell resting on too little data is greyed, not coloured. On a nominal
/// scale each cell shows the most common answer and its share, with no colour by order.
struct HTMLHeatmap {
    let summary: SessionSummary

    /// Viridis stops, low to high; colours in between are interpolated.
    static let ramp: [(Double, Double, Double)] = [
        (0x44, 0x01, 0x54), (0x3b, 0x52, 0x8b), (0x21, 0x91, 0x8c), (0x5e, 0xc9, 0x62), (0xfd, 0xe7, 0x25),
    ]

    var node: Node {
        let ordered = summary.scale.isOrdered
        return fragment {
            element("h2") { ordered ? "Median answer per persona" : "Most common answer per persona" }
            Node.newline
            legend
            Node.newline
            element("table", ["class": "matrix"]) {
                element("thead") {
                    element("tr") {
                        element("th") { "Activity" }
                        for persona in summary.personas { element("th") { persona.name } }
                        if ordered { element("th") { "Standing" }; element("th") { "Rank" } }
                    }
                }
                Node.newline
                element("tbody") {
                    for activity in summary.activities {
                        element("tr") {
                            element("th", ["scope": "row"]) { activity.title }
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
        let marks = "n = answers other than ‘?’ behind the figure, then its 95% bootstrap interval; grey italic = fewer than \(MinimumData.cellValues) "
            + "answers, not a finding; · = no answers; ? = only ‘unsure’ answers."
        guard summary.scale.isOrdered else {
            return fragment {
                element("p", ["class": "note"]) {
                    "Each cell shows the most common answer (ties joined by /) and its share of the answers. " + marks
                }
                element("p", ["class": "legend"]) {
                    for level in summary.scale.levels { element("span") { element("b") { level.key }; " " + level.label } }
                }
            }
        }
        return fragment {
            element("p", ["class": "note"]) {
                "Cells show the median over the groups (R type 7), coloured from low (dark) to high (light); "
                    + "the standing is the weighted mean of the persona medians. " + marks
            }
            element("p", ["class": "legend"]) {
                for level in summary.scale.levels {
                    element("span") {
                        element("i", ["class": "swatch", "style": "background:\(Self.colour(share(level.value)).fill)"])
                        level.label == SessionSummary.number(level.value) ? level.label : "\(SessionSummary.number(level.value)) \(level.label)"
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
        let title = interval.map { "95% interval \($0.text)" }
        let body = Self.figure(SessionSummary.number(score.median), n: score.values, interval: interval?.text)
        guard score.sufficient else { return element("td", ["class": "thin", "title": title]) { body } }
        let colour = Self.colour(share(score.median))
        return element("td", ["style": "background:\(colour.fill);color:\(colour.ink)", "title": title]) { body }
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
        return unsure ? element("td", ["class": "none", "title": "only unsure answers"]) { "?" } : element("td", ["class": "none"]) { "·" }
    }

    private func standing(_ activity: SessionSummary.ActivitySummary) -> Node {
        guard let standing = activity.standing else {
            return fragment { element("td", ["class": "none"]) { "·" }; element("td", ["class": "none"]) { "·" } }
        }
        let title = activity.standingInterval.map { "95% interval \($0.text)" }
        let body = Self.figure(SessionSummary.number(standing), n: activity.values, interval: activity.standingInterval?.text)
        guard activity.standingSufficient else {
            return fragment {
                element("td", ["class": "thin", "title": title]) { body }
                element("td", ["class": "none", "title": "too few personas answered"]) { "·" }
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

    /// The ramp's colour at `share` (0...1), and black or white ink, whichever reads on it.
    static func colour(_ share: Double) -> (fill: String, ink: String) {
        let position = max(0, min(1, share)) * Double(ramp.count - 1)
        let low = min(Int(position), ramp.count - 2), t = position - Double(low)
        let (a, b) = (ramp[low], ramp[low + 1])
        let rgb = [a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t, a.2 + (b.2 - a.2) * t].map { Int($0.rounded()) }
        let luminance = 0.2126 * Double(rgb[0]) + 0.7152 * Double(rgb[1]) + 0.0722 * Double(rgb[2])
        return (String(format: "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]), luminance > 120 ? "#000" : "#fff")
    }
}
