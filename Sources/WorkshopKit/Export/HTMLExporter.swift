import Foundation

/// One self-contained HTML report (no network, fonts or scripts): heatmap, persona profile chart in
/// SVG, agreement, divergence, coverage, highlights, notes and methods. All user text is escaped.
/// Prints on A4.
public struct HTMLExporter: Exporter {
    public init() {}

    /// A sequential, colour-blind-safe ramp (viridis stops), low to high.
    static let ramp = ["#440154", "#3b528b", "#21918c", "#5ec962", "#fde725"]
    /// Okabe–Ito colours for personas, with a distinct marker shape each so colour is never alone.
    static let personaColours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]

    public func export(_ input: ExportInput) throws -> Data {
        let summary = input.summary
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <title>\(escape(summary.title))</title>
            <style>\(Self.style)</style></head><body>
            <h1>\(escape(summary.title))</h1>
            <p class="meta">Session <code>\(escape(summary.session))</code> · plan <code>\(escape(summary.plan))</code> · scale \(escape(summary.scale.name))</p>
            <h2>Highlights</h2><ul>\(summary.highlights.map { "<li>\(escape($0))</li>" }.joined())</ul>
            """
        html += heatmap(summary)
        html += ProfileChart(summary: summary, colours: Self.personaColours).svg
        html += input.series.map { SeriesSection(context: $0).html } ?? ""
        html += agreement(summary) + divergence(summary) + coverage(summary) + notes(summary) + actions(summary) + methods(summary)
        html += "</body></html>\n"
        return Data(html.utf8)
    }

    private func heatmap(_ summary: SessionSummary) -> String {
        let low = summary.scale.levels.first?.value ?? 0, high = summary.scale.levels.last?.value ?? 1
        var rows = ""
        for activity in summary.activities {
            rows += "<tr><th scope=\"row\">\(escape(activity.title))</th>"
            for persona in summary.personas {
                if let median = activity.personaMedians.first(where: { $0.persona == persona.persona })?.median {
                    let share = high > low ? (median - low) / (high - low) : 0
                    let step = min(Self.ramp.count - 1, Int(share * Double(Self.ramp.count)))
                    let ink = step >= 3 ? "#000" : "#fff"
                    rows += "<td style=\"background:\(Self.ramp[step]);color:\(ink)\">\(SessionSummary.number(median))</td>"
                } else {
                    rows += "<td class=\"none\">·</td>"
                }
            }
            rows += "<td>\(activity.standing.map(SessionSummary.number) ?? "·")</td><td>\(activity.rank.map { String($0) } ?? "·")</td></tr>"
        }
        return """
            <h2>Median answer per persona</h2>
            <p class="note">Cells show the median over the groups (R type 7); colour repeats the number, from low (dark) to high (light). · = no answers.</p>
            <table class="matrix"><thead><tr><th>Activity</th>\(summary.personas.map { "<th>\(escape($0.name))</th>" }.joined())<th>Standing</th><th>Rank</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    private func agreement(_ summary: SessionSummary) -> String {
        let rows = summary.personas.map { persona in
            "<tr><th scope=\"row\">\(escape(persona.name))</th><td>\(persona.agreement.map(SessionSummary.number) ?? escape(persona.agreementNote ?? "not enough data"))</td>"
                + "<td>\(escape(persona.groups.joined(separator: ", ")))</td><td>\(SessionSummary.number(persona.weight))</td></tr>"
        }.joined()
        return "<h2>Agreement between groups</h2><table><thead><tr><th>Persona</th><th>Krippendorff's α</th><th>Groups</th><th>Weight</th></tr></thead><tbody>\(rows)</tbody></table>"
    }

    private func divergence(_ summary: SessionSummary) -> String {
        let name = { (id: String?) in summary.personas.first { $0.persona == id }?.name ?? "—" }
        let rows = summary.activities.filter { ($0.divergence ?? 0) > 0 }
            .sorted { ($0.divergence ?? 0) > ($1.divergence ?? 0) }
            .map { activity in
                "<tr><th scope=\"row\">\(escape(activity.title))</th><td>\(SessionSummary.number(activity.divergence ?? 0))\(activity.divergent ? " ⚑" : "")</td>"
                    + "<td>\(escape(name(activity.strongestFor)))</td><td>\(escape(name(activity.weakestFor)))</td>"
                    + "<td>\(activity.bestRank.map { String($0) } ?? "·")–\(activity.worstRank.map { String($0) } ?? "·")</td></tr>"
            }.joined()
        return "<h2>Where personas pull apart</h2><table><thead><tr><th>Activity</th><th>Spread of medians</th><th>Highest for</th><th>Lowest for</th><th>Rank range</th></tr></thead><tbody>\(rows)</tbody></table><p class=\"note\">⚑ spread of at least half the scale.</p>"
    }

    private func coverage(_ summary: SessionSummary) -> String {
        let coverage = summary.coverage
        let owed = coverage.owed.map { "<li>\(escape($0.group)) as \(escape($0.persona)): \(escape($0.activities.joined(separator: ", ")))</li>" }.joined()
        return "<h2>Coverage</h2><p>\(coverage.cells - coverage.emptyCells.count) of \(coverage.cells) cells have answers; "
            + "\(coverage.thinCells.count) have fewer than \(coverage.minimumAnswers).</p>" + (owed.isEmpty ? "" : "<ul>\(owed)</ul>")
    }

    private func notes(_ summary: SessionSummary) -> String {
        guard !summary.notes.isEmpty else { return "" }
        let items = summary.notes.map { note in
            "<li>" + (note.place.map { "<strong>\(escape($0))</strong>: " } ?? "") + escape(note.text) + "</li>"
        }.joined()
        return "<h2>Notes</h2><ul>\(items)</ul>"
    }

    private func actions(_ summary: SessionSummary) -> String {
        guard !summary.actions.isEmpty else { return "" }
        return "<h2>Actions</h2>" + summary.actions.parts.map { part in
            "<h3>\(escape(part.title))</h3><ul>"
                + part.entries.map { "<li>\(escape($0.heading)): \(escape($0.standing))</li>" }.joined() + "</ul>"
        }.joined()
    }

    private func methods(_ summary: SessionSummary) -> String {
        let methods = summary.methods
        let items = [methods.quantiles, methods.spread, methods.consensus, methods.agreement, methods.standing,
                     methods.divergence, methods.rankStability, methods.unsure].map { "<li>\(escape($0))</li>" }.joined()
        return "<h2>Methods</h2><ul class=\"methods\">\(items)</ul>"
    }

    static let style = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:#111;max-width:60em;margin:2em auto;padding:0 1em}
        h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;margin-top:1.6em;border-bottom:1px solid #ccc}
        table{border-collapse:collapse;margin:.5em 0;font-variant-numeric:tabular-nums}
        th,td{border:1px solid #ddd;padding:.25em .5em;text-align:left}td{text-align:right}
        .matrix td{min-width:3.5em;text-align:center;font-weight:600}td.none{color:#888}
        .legend span{display:inline-block;margin-right:1.2em;white-space:nowrap}.meta,.note{color:#555}.note{font-size:.9em}svg{max-width:100%;height:auto}
        @page{size:A4;margin:15mm}
        @media print{body{margin:0;max-width:none;font-size:10pt}tr,li,svg{page-break-inside:avoid}h2{page-break-after:avoid}
        *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
        """
}

/// Escapes text for HTML element content and attribute values.
func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.append(character)
        }
    }
    return result
}
