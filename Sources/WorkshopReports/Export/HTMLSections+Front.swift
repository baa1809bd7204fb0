import WorkshopHTML

/// The report's first page: what the session was, the findings, the heatmap and the actions.
extension HTMLSections {
    /// What the session was, in one sentence: who rated what, and its place in a series.
    func purpose(series: SeriesContext?) -> Node {
        element("p", ["class": "purpose"]) { summary.purpose(in: language, series: series.map { ($0.meeting, $0.series) }) }
    }

    /// The findings, the actions and the heatmap: the page a head of service reads.
    func front(heatmap: HTMLHeatmap) -> Node {
        let findings = summary.findings(in: language)
        return element("section", ["class": "front", "aria-labelledby": findings.isEmpty ? nil : "findings"]) {
            if !findings.isEmpty {
                element("h2", ["id": "findings"]) { words["report.findings.heading"] }
                element("ol", ["class": "findings"]) { for finding in findings { element("li") { finding.text } } }
            }
            // The actions before the heatmap: a long plan's heatmap may run over, the actions must not.
            actions
            heatmap.node
        }
    }
}
