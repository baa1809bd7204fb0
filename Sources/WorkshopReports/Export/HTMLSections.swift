import WorkshopHTML
import WorkshopMessages
import WorkshopModel
import WorkshopSession
import WorkshopSupport

/// The report's sections after the charts: agreement with its n and reading, divergence with the
/// medians' n, coverage by title, notes (prompt notes under their question), actions, methods.
struct HTMLSections {
    let summary: SessionSummary
    var language: ReportLanguage = .english
    var words: Messages { language.words }
    /// The `lang` and `dir` of an element holding the plan's text (nil, nil in the plan's own language).
    var planLang: String? { language.planLang }
    var planDir: String? { language.planDir }

    var agreement: Node {
        fragment {
            element("h3") { words["report.heading.agreement"] }
            element("table") {
                element("thead") {
                    element("tr") {
                        for heading in ["persona", "alpha", "alpha_n", "other_measures", "groups", "weight"].map({ words["report.agreement.column.\($0)"] }) {
                            element("th") { heading }
                        }
                    }
                }
                element("tbody") {
                    for persona in summary.personas {
                        element("tr") {
                            element("th", ["scope": "row", "lang": planLang, "dir": planDir]) { persona.name }
                            element("td") { alpha(persona) }
                            element("td") {
                                words["report.agreement.pairs", ["activities": words.count("report.agreement.activities", persona.pairableUnits),
                                                                 "values": words.count("report.agreement.values", persona.pairableValues)]]
                            }
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
            return element("span", ["class": "note"]) { persona.agreementNote.map { Methods.note($0, words) } ?? words["report.agreement.too_little"] }
        }
        return fragment {
            SessionSummary.number(value) + " "
            element("small") { "(" + (persona.agreementReading == nil ? "" : SessionSummary.reading(value, words)) + ")" }
            if let interval = persona.agreementInterval { element("br"); element("small") { words["report.interval", ["interval": interval.text]] } }
        }
    }

    /// Kendall's W, the ICCs or Fleiss' kappa, with the block they rest on, a line each.
    private func others(_ statistics: AgreementStatistics?) -> Node {
        guard let statistics else {
            return element("span", ["class": "note"]) { words["report.agreement.no_block"] }
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
        parts += statistics.notes(in: words)
        return fragment {
            for (index, part) in parts.enumerated() {
                if index > 0 { element("br") }
                part
            }
            element("br")
            element("small") {
                words["report.agreement.block", ["groups": words.count("report.agreement.groups", statistics.groups),
                                                 "activities": words.count("report.agreement.activities", statistics.units)]]
            }
        }
    }

    var divergence: Node? {
        let activities = summary.activities.filter { ($0.divergence ?? 0) > 0 }
            .sorted { ($0.divergence ?? 0, $1.title) > ($1.divergence ?? 0, $0.title) }
        // Nothing to say, no heading.
        guard summary.scale.isOrdered, !activities.isEmpty else { return nil }
        return fragment {
            element("h2") { words["report.heading.divergence"] }
            element("table") {
                element("thead") {
                    element("tr") {
                        for heading in ["activity", "spread", "highest", "lowest", "rank_range"] { element("th") { words["report.divergence.column.\(heading)"] } }
                    }
                }
                element("tbody") {
                    for activity in activities {
                        element("tr") {
                            element("th", ["scope": "row", "lang": planLang, "dir": planDir]) { activity.title }
                            element("td") { SessionSummary.number(activity.divergence ?? 0) + (activity.divergent ? " ⚑" : "") }
                            element("td") { quoted(activity, activity.strongestFor) }
                            element("td") { quoted(activity, activity.weakestFor) }
                            element("td") { "\(activity.bestRank.map { String($0) } ?? "·")–\(activity.worstRank.map { String($0) } ?? "·")" }
                        }
                    }
                }
            }
            element("p", ["class": "note"]) { words["report.divergence.note", ["minimum": String(MinimumData.cellValues)]] }
        }
    }

    /// Left out when every cell has enough answers and no group owes any.
    var coverage: Node? {
        let coverage = summary.coverage
        guard !coverage.emptyCells.isEmpty || !coverage.thinCells.isEmpty || !coverage.owed.isEmpty else { return nil }
        return fragment {
            element("h2") { words["report.heading.coverage"] }
            element("p") {
                words["report.coverage.line", ["answered": String(coverage.cells - coverage.emptyCells.count), "cells": String(coverage.cells),
                                               "thin": String(coverage.thinCells.count), "minimum": String(coverage.minimumAnswers)]]
            }
            if !coverage.owed.isEmpty {
                element("ul") {
                    for owed in coverage.owed {
                        element("li") {
                            words["report.coverage.owed_html", ["group": owed.group, "persona": summary.name(of: owed.persona),
                                                                "activities": owed.activities.map(summary.title(of:)).joined(separator: ", ")]]
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
