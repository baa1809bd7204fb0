import Foundation
import WorkshopSession

/// One self-contained HTML report (no network, fonts or scripts): a header with the day, venue and
/// facilitator, highlights, the heatmap with its legend, persona profiles in SVG, agreement,
/// divergence, coverage, notes (prompt notes under their question), actions and methods. All user
/// text is escaped. Prints on A4.
public struct HTMLExporter: Exporter {
    public init() {}

    /// Okabe–Ito colours for personas, with a distinct marker shape each so colour is never alone.
    static let personaColours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000"]

    public func export(_ input: ExportInput) throws -> Data {
        let summary = input.summary
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(summary.title))</title>
            <style>\(HTMLStyle.css)</style></head><body>
            <header><h1>\(escape(summary.title))</h1>\(meta(summary))</header>
            <h2>Highlights</h2><ul>\(summary.highlights.map { "<li>\(escape($0))</li>" }.joined())</ul>
            """
        html += HTMLHeatmap(summary: summary).html
        if summary.scale.isOrdered {
            html += ProfileChart(summary: summary, colours: Self.personaColours).svg
        }
        html += input.series.map { SeriesSection(context: $0).html } ?? ""
        let sections = HTMLSections(summary: summary)
        html += sections.agreement + sections.divergence + sections.coverage + sections.notes + sections.actions
            + sections.methods
        html += "</body></html>\n"
        return Data(html.utf8)
    }

    /// The day, venue and facilitator from the plan, then the session, plan and scale.
    private func meta(_ summary: SessionSummary) -> String {
        let event = [summary.date, summary.venue, summary.facilitator.map { "facilitated by \($0)" }]
            .compactMap { $0 }.map(escape).joined(separator: " · ")
        return (event.isEmpty ? "" : "<p class=\"event\">\(event)</p>")
            + "<p class=\"meta\">Session <code>\(escape(summary.session))</code> · plan <code>\(escape(summary.plan))</code>"
            + " · scale \(escape(summary.scale.name))\(summary.scale.isOrdered ? "" : " (labels with no order)")</p>"
    }
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

/// The same escaping for other HTML pages (the live room's): element content and attribute values.
public enum HTMLText {
    public static func escape(_ text: String) -> String { WorkshopReports.escape(text) }
}
