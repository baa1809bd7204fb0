import WorkshopHTML
import WorkshopSession

/// The report's appendix: agreement, the cells' intervals and how every figure was computed, after
/// everything a reader without statistics needs.
extension HTMLSections {
    /// The appendix, headed as such. A checkbox with its label opens it on screen without script, by
    /// mouse or keyboard (the stylesheet hides its body on screen until checked); print always
    /// shows it, on a page of its own. A closed `<details>` would not print, so it is not used.
    var appendix: Node {
        element("section", ["class": "appendix", "aria-labelledby": "appendix"]) {
            element("h2", ["id": "appendix"]) { words["report.findings.appendix"] }
            // Siblings of the body, so the stylesheet's `:checked ~` rule can open it.
            element("input", ["type": "checkbox", "id": "show-appendix", "class": "appendix-toggle", "aria-controls": "appendix-body"])
            element("label", ["for": "show-appendix", "class": "appendix-toggle"]) { words["report.findings.appendix_show"] }
            element("div", ["id": "appendix-body", "class": "appendix-body"]) {
                element("p", ["class": "note"]) { words["report.findings.appendix_note"] }
                intervals
                agreement
                methods
            }
        }
    }

    /// Each cell's median with its n and 95% interval, and each activity's standing with its own:
    /// the figures the first page's heatmap shows without their intervals.
    var intervals: Node? {
        guard summary.scale.isOrdered else { return nil }
        return fragment {
            element("h3") { words["report.findings.intervals_heading"] }
            element("p", ["class": "note"]) { words["report.findings.intervals_note", ["minimum": String(MinimumData.cellValues)]] }
            element("table", ["class": "intervals"]) {
                element("thead") {
                    element("tr") {
                        element("th") { words["report.column.activity"] }
                        for persona in summary.personas { element("th", ["lang": planLang, "dir": planDir]) { persona.name } }
                        element("th") { words["report.column.standing"] }
                    }
                }
                element("tbody") {
                    for activity in summary.activities {
                        element("tr") {
                            element("th", ["scope": "row", "lang": planLang, "dir": planDir]) { activity.title }
                            for persona in summary.personas { interval(activity, persona.persona) }
                            element("td") {
                                if let standing = activity.standing {
                                    HTMLHeatmap.figure(SessionSummary.number(standing), n: activity.values, interval: activity.standingInterval?.text)
                                } else {
                                    "·"
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private func interval(_ activity: SessionSummary.ActivitySummary, _ persona: String) -> Node {
        guard let score = activity.personaMedians.first(where: { $0.persona == persona }) else { return element("td") { "·" } }
        let cells = summary.cells.filter { $0.activity == activity.activity && $0.persona == persona }
        let interval = cells.count == 1 ? cells[0].medianInterval?.text : nil
        return element("td", ["class": score.sufficient ? nil : "thin"]) {
            HTMLHeatmap.figure(SessionSummary.number(score.median), n: score.values, interval: interval)
        }
    }
}
