import Foundation
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

    var html: String {
        let ordered = summary.scale.isOrdered
        var rows = ""
        for activity in summary.activities {
            rows += "<tr><th scope=\"row\">\(escape(activity.title))</th>"
            for persona in summary.personas {
                rows += ordered ? cell(activity, persona.persona) : modeCell(activity, persona.persona)
            }
            if ordered { rows += standing(activity) }
            rows += "</tr>"
        }
        let what = ordered ? "Median answer per persona" : "Most common answer per persona"
        let tail = ordered ? "<th>Standing</th><th>Rank</th>" : ""
        return """
            <h2>\(what)</h2>
            \(legend)
            <table class="matrix"><thead><tr><th>Activity</th>\(summary.personas.map { "<th>\(escape($0.name))</th>" }.joined())\(tail)</tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    private var legend: String {
        let marks = "n = answers other than ‘?’ behind the figure, then its 95% bootstrap interval; grey italic = fewer than \(MinimumData.cellValues) "
            + "answers, not a finding; · = no answers; ? = only ‘unsure’ answers."
        guard summary.scale.isOrdered else {
            let keys = summary.scale.levels.map { "<span><b>\(escape($0.key))</b> \(escape($0.label))</span>" }.joined()
            return "<p class=\"note\">Each cell shows the most common answer (ties joined by /) and its share of the answers. \(marks)</p>"
                + "<p class=\"legend\">\(keys)</p>"
        }
        let swatches = summary.scale.levels.map { level in
            let name = level.label == SessionSummary.number(level.value) ? level.label : "\(SessionSummary.number(level.value)) \(level.label)"
            return "<span><i class=\"swatch\" style=\"background:\(Self.colour(share(level.value)).fill)\"></i>\(escape(name))</span>"
        }.joined()
        return "<p class=\"note\">Cells show the median over the groups (R type 7), coloured from low (dark) to high (light); "
            + "the standing is the weighted mean of the persona medians. \(marks)</p><p class=\"legend\">\(swatches)</p>"
    }

    private func cell(_ activity: SessionSummary.ActivitySummary, _ persona: String) -> String {
        guard let score = activity.personaMedians.first(where: { $0.persona == persona }) else {
            return empty(activity.activity, persona)
        }
        let cells = summary.cells.filter { $0.activity == activity.activity && $0.persona == persona }
        let interval = cells.count == 1 ? cells[0].medianInterval : nil
        let title = interval.map { " title=\"95% interval \($0.text)\"" } ?? ""
        let body = "\(SessionSummary.number(score.median))<small>n = \(score.values)\(interval.map { " · " + $0.text } ?? "")</small>"
        guard score.sufficient else { return "<td class=\"thin\"\(title)>\(body)</td>" }
        let colour = Self.colour(share(score.median))
        return "<td style=\"background:\(colour.fill);color:\(colour.ink)\"\(title)>\(body)</td>"
    }

    private func modeCell(_ activity: SessionSummary.ActivitySummary, _ persona: String) -> String {
        guard let mode = activity.personaModes?.first(where: { $0.persona == persona }) else {
            return empty(activity.activity, persona)
        }
        let body = "\(escape(summary.modeText(mode)))<small>n = \(mode.values)</small>"
        return mode.values >= MinimumData.cellValues ? "<td>\(body)</td>" : "<td class=\"thin\">\(body)</td>"
    }

    /// '?' when the cell has only unsure answers, '·' when it has none.
    private func empty(_ activity: String, _ persona: String) -> String {
        let unsure = summary.cells.contains { $0.activity == activity && $0.persona == persona && $0.unsure > 0 }
        return unsure ? "<td class=\"none\" title=\"only unsure answers\">?</td>" : "<td class=\"none\">·</td>"
    }

    private func standing(_ activity: SessionSummary.ActivitySummary) -> String {
        guard let standing = activity.standing else { return "<td class=\"none\">·</td><td class=\"none\">·</td>" }
        let title = activity.standingInterval.map { " title=\"95% interval \($0.text)\"" } ?? ""
        let body = "\(SessionSummary.number(standing))<small>n = \(activity.values)\(activity.standingInterval.map { " · " + $0.text } ?? "")</small>"
        guard activity.standingSufficient else {
            return "<td class=\"thin\"\(title)>\(body)</td><td class=\"none\" title=\"too few personas answered\">·</td>"
        }
        return "<td\(title)>\(body)</td><td>\(activity.rank.map { String($0) } ?? "·")</td>"
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
