import WorkshopHTML
import WorkshopModel
import WorkshopSession
import WorkshopSupport

/// The report's sections after the charts: agreement with its n and reading, divergence with the
/// medians' n, coverage by title, notes (prompt notes under their question), actions, methods.
struct HTMLSections {
    let summary: SessionSummary

    var agreement: Node {
        fragment {
            element("h2") { "Agreement between groups" }
            element("table") {
                element("thead") {
                    element("tr") {
                        for heading in ["Persona", "Krippendorff's α", "n (answered by two groups or more)", "Other measures (complete block)",
                                        "Groups", "Weight"] {
                            element("th") { heading }
                        }
                    }
                }
                element("tbody") {
                    for persona in summary.personas {
                        element("tr") {
                            element("th", ["scope": "row"]) { persona.name }
                            element("td") { alpha(persona) }
                            element("td") { "\(persona.pairableUnits) activities, \(persona.pairableValues) values" }
                            element("td") { others(persona.statistics) }
                            element("td") { persona.groups.joined(separator: ", ") }
                            element("td") { SessionSummary.number(persona.weight) }
                        }
                    }
                }
            }
        }
    }

    /// Krippendorff's α with its reading and interval, or why there is none.
    private func alpha(_ persona: SessionSummary.PersonaSummary) -> Node {
        guard let value = persona.agreement else {
            return element("span", ["class": "note"]) { persona.agreementNote ?? "too little data" }
        }
        return fragment {
            SessionSummary.number(value) + " "
            element("small") { "(" + (persona.agreementReading ?? "") + ")" }
            if let interval = persona.agreementInterval { element("br"); element("small") { "95% interval " + interval.text } }
        }
    }

    /// Kendall's W, the ICCs or Fleiss' kappa, with the block they rest on, a line each.
    private func others(_ statistics: AgreementStatistics?) -> Node {
        guard let statistics else {
            return element("span", ["class": "note"]) { "too little data: no two groups answered two activities alike" }
        }
        var parts: [String] = []
        if let w = statistics.concordance {
            let p = NumberText.probability(w.pValue)
            parts.append("Kendall's W \(SessionSummary.number(w.w)) (p \(p.hasPrefix("<") ? "" : "= ")\(p))")
        }
        if let icc = statistics.intraclass {
            parts += ["ICC(2,1)", "ICC(3,1)", "ICC(2,k)"].compactMap { form in icc[form].map { "\(form) \(SessionSummary.number($0))" } }
        }
        if let kappa = statistics.fleissKappa { parts.append("Fleiss' κ \(SessionSummary.number(kappa))") }
        parts += statistics.notes
        return fragment {
            for (index, part) in parts.enumerated() {
                if index > 0 { element("br") }
                part
            }
            element("br")
            element("small") { "\(statistics.groups) groups × \(statistics.units) activities" }
        }
    }

    var divergence: Node? {
        guard summary.scale.isOrdered else { return nil }
        let activities = summary.activities.filter { ($0.divergence ?? 0) > 0 }
            .sorted { ($0.divergence ?? 0, $1.title) > ($1.divergence ?? 0, $0.title) }
        return fragment {
            element("h2") { "Where personas pull apart" }
            element("table") {
                element("thead") {
                    element("tr") {
                        for heading in ["Activity", "Spread of medians", "Highest for", "Lowest for", "Rank range"] { element("th") { heading } }
                    }
                }
                element("tbody") {
                    for activity in activities {
                        element("tr") {
                            element("th", ["scope": "row"]) { activity.title }
                            element("td") { SessionSummary.number(activity.divergence ?? 0) + (activity.divergent ? " ⚑" : "") }
                            element("td") { quoted(activity, activity.strongestFor) }
                            element("td") { quoted(activity, activity.weakestFor) }
                            element("td") { "\(activity.bestRank.map { String($0) } ?? "·")–\(activity.worstRank.map { String($0) } ?? "·")" }
                        }
                    }
                }
            }
            element("p", ["class": "note"]) {
                "⚑ spread of at least half the scale. Only personas of weight above zero whose median rests on at least "
                    + "\(MinimumData.cellValues) answers take part."
            }
        }
    }

    var coverage: Node {
        let coverage = summary.coverage
        return fragment {
            element("h2") { "Coverage" }
            element("p") {
                "\(coverage.cells - coverage.emptyCells.count) of \(coverage.cells) cells have answers; "
                    + "\(coverage.thinCells.count) have fewer than \(coverage.minimumAnswers)."
            }
            if !coverage.owed.isEmpty {
                element("ul") {
                    for owed in coverage.owed {
                        element("li") {
                            "\(owed.group) as \(summary.name(of: owed.persona)): " + owed.activities.map(summary.title(of:)).joined(separator: ", ")
                        }
                    }
                }
            }
        }
    }

    private func quoted(_ activity: SessionSummary.ActivitySummary, _ persona: String?) -> String {
        guard let score = activity.personaMedians.first(where: { $0.persona == persona }) else { return "—" }
        return "\(summary.name(of: score.persona)) (\(SessionSummary.number(score.median)), n = \(score.values))"
    }
}
