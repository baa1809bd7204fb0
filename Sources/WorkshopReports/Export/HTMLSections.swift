import WorkshopModel
import WorkshopSession
import WorkshopSupport

/// The report's sections after the charts: agreement with its n and reading, divergence with the
/// medians' n, coverage by title, notes (prompt notes under their question), actions, methods.
struct HTMLSections {
    let summary: SessionSummary

    var agreement: String {
        let rows = summary.personas.map { persona in
            let alpha = persona.agreement.map { value in
                SessionSummary.number(value) + " <small>(\(escape(persona.agreementReading ?? "")))</small>"
                    + (persona.agreementInterval.map { "<br><small>95% interval \($0.text)</small>" } ?? "")
            } ?? "<span class=\"note\">\(escape(persona.agreementNote ?? "too little data"))</span>"
            return "<tr><th scope=\"row\">\(escape(persona.name))</th><td>\(alpha)</td>"
                + "<td>\(persona.pairableUnits) activities, \(persona.pairableValues) values</td><td>\(others(persona.statistics))</td>"
                + "<td>\(escape(persona.groups.joined(separator: ", ")))</td><td>\(SessionSummary.number(persona.weight))</td></tr>"
        }.joined()
        return "<h2>Agreement between groups</h2><table><thead><tr><th>Persona</th><th>Krippendorff's α</th>"
            + "<th>n (answered by two groups or more)</th><th>Other measures (complete block)</th><th>Groups</th><th>Weight</th></tr></thead><tbody>\(rows)</tbody></table>"
    }

    /// Kendall's W, the ICCs or Fleiss' kappa, with the block they rest on.
    private func others(_ statistics: AgreementStatistics?) -> String {
        guard let statistics else { return "<span class=\"note\">too little data: no two groups answered two activities alike</span>" }
        var parts: [String] = []
        if let w = statistics.concordance {
            parts.append("Kendall's W \(SessionSummary.number(w.w)) (p \(NumberText.probability(w.pValue).hasPrefix("<") ? "" : "= ")\(NumberText.probability(w.pValue)))")
        }
        if let icc = statistics.intraclass {
            parts += ["ICC(2,1)", "ICC(3,1)", "ICC(2,k)"].compactMap { form in icc[form].map { "\(form) \(SessionSummary.number($0))" } }
        }
        if let kappa = statistics.fleissKappa { parts.append("Fleiss' κ \(SessionSummary.number(kappa))") }
        parts += statistics.notes.map(escape)
        return parts.joined(separator: "<br>") + "<br><small>\(statistics.groups) groups × \(statistics.units) activities</small>"
    }

    var divergence: String {
        guard summary.scale.isOrdered else { return "" }
        let rows = summary.activities.filter { ($0.divergence ?? 0) > 0 }
            .sorted { ($0.divergence ?? 0, $1.title) > ($1.divergence ?? 0, $0.title) }
            .map { activity in
                "<tr><th scope=\"row\">\(escape(activity.title))</th><td>\(SessionSummary.number(activity.divergence ?? 0))\(activity.divergent ? " ⚑" : "")</td>"
                    + "<td>\(quoted(activity, activity.strongestFor))</td><td>\(quoted(activity, activity.weakestFor))</td>"
                    + "<td>\(activity.bestRank.map { String($0) } ?? "·")–\(activity.worstRank.map { String($0) } ?? "·")</td></tr>"
            }.joined()
        return "<h2>Where personas pull apart</h2><table><thead><tr><th>Activity</th><th>Spread of medians</th><th>Highest for</th>"
            + "<th>Lowest for</th><th>Rank range</th></tr></thead><tbody>\(rows)</tbody></table>"
            + "<p class=\"note\">⚑ spread of at least half the scale. Only personas of weight above zero whose median rests on at least "
            + "\(MinimumData.cellValues) answers take part.</p>"
    }

    var coverage: String {
        let coverage = summary.coverage
        let owed = coverage.owed.map { owed in
            "<li>\(escape(owed.group)) as \(escape(summary.name(of: owed.persona))): \(escape(owed.activities.map(summary.title(of:)).joined(separator: ", ")))</li>"
        }.joined()
        return "<h2>Coverage</h2><p>\(coverage.cells - coverage.emptyCells.count) of \(coverage.cells) cells have answers; "
            + "\(coverage.thinCells.count) have fewer than \(coverage.minimumAnswers).</p>" + (owed.isEmpty ? "" : "<ul>\(owed)</ul>")
    }

    var notes: String {
        guard !summary.notes.isEmpty else { return "" }
        var html = "<h2>Notes</h2>"
        for prompt in summary.prompts {
            let notes = summary.notes.filter { $0.prompt == prompt.id }
            guard !notes.isEmpty else { continue }
            html += "<blockquote>\(escape(prompt.text))</blockquote><ul>"
                + notes.map { "<li>\(place($0).map { "<strong>\(escape($0))</strong>: " } ?? "")\(escape($0.text))</li>" }.joined()
                + "</ul>"
        }
        let known = Set(summary.prompts.map(\.id))
        let others = summary.notes.filter { $0.prompt == nil || !known.contains($0.prompt ?? "") }
        if !others.isEmpty {
            html += "<ul>" + others.map { note in
                "<li><strong>\(escape(note.place.map { _ in placeOrPrompt(note) } ?? "Whole session"))</strong>: \(escape(note.text))</li>"
            }.joined() + "</ul>"
        }
        return html
    }

    var actions: String {
        guard !summary.actions.isEmpty else { return "" }
        return "<h2>Actions</h2>" + summary.actions.parts.map { part in
            "<h3>\(escape(part.title))</h3><ul>"
                + part.entries.map { "<li>\(escape($0.heading)): \(escape($0.standing))</li>" }.joined() + "</ul>"
        }.joined()
    }

    var methods: String {
        let methods = summary.methods
        let items = [methods.minimumData, methods.quantiles, methods.spread, methods.consensus, methods.agreement,
                     methods.otherAgreement, methods.intervals, methods.standing, methods.divergence, methods.rankStability, methods.unsure]
        return "<h2>Methods</h2><ul class=\"methods\">\(items.map { "<li>\(escape($0))</li>" }.joined())</ul>"
    }

    /// A note's place in titles and names, without its prompt (shown as the heading above it).
    private func place(_ note: Note) -> String? {
        let parts = [note.activity.map(summary.title(of:)), note.persona.map(summary.name(of:)), note.group, note.criterion].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    private func placeOrPrompt(_ note: Note) -> String {
        ([note.prompt.map { "prompt \($0)" }] + [place(note)]).compactMap { $0 }.joined(separator: " · ")
    }

    private func quoted(_ activity: SessionSummary.ActivitySummary, _ persona: String?) -> String {
        guard let score = activity.personaMedians.first(where: { $0.persona == persona }) else { return "—" }
        return "\(escape(summary.name(of: score.persona))) (\(SessionSummary.number(score.median)), n = \(score.values))"
    }



}
