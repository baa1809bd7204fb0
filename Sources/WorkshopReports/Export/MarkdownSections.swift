import WorkshopModel
import WorkshopSession

/// The Markdown summary's sections, each a list of lines starting with a blank one.
struct MarkdownSections {
    let summary: SessionSummary
    let escape: (String) -> String

    var matrix: [String] {
        let ordered = summary.scale.isOrdered, personas = summary.personas
        let levels = summary.scale.levels.map { level in
            level.label == SessionSummary.number(level.value) ? level.label : "\(SessionSummary.number(level.value)) \(level.label)"
        }
        var lines = ["", ordered ? "## Median answer per persona" : "## Most common answer per persona", ""]
        lines.append((ordered ? "Median over the groups (R type 7) on \(escape(summary.scale.name)): " : "Most common answer and its share: ")
            + escape(levels.joined(separator: " · ")) + ". _Italic (n = 1)_: fewer than \(MinimumData.cellValues) answers, "
            + "not a finding; · no answers; ? only unsure answers.")
        lines.append("")
        let tail = ordered ? " Standing | Rank |" : ""
        lines.append("| Activity | " + personas.map { escape($0.name) }.joined(separator: " | ") + " | Answers |" + tail)
        lines.append("| --- | " + personas.map { _ in "---:" }.joined(separator: " | ") + " | ---: |" + (ordered ? " ---: | ---: |" : ""))
        for activity in summary.activities {
            let values = personas.map { cell(activity, $0.persona) }
            var row = "| \(escape(activity.title)) | " + values.joined(separator: " | ") + " | \(activity.values) |"
            if ordered {
                let standing = activity.standing.map(SessionSummary.number) ?? "·"
                row += " \(activity.standingSufficient ? standing : activity.standing == nil ? "·" : "_\(standing)_") |"
                row += " \(activity.rank.map { String($0) } ?? "·") |"
            }
            lines.append(row)
        }
        return lines
    }

    private func cell(_ activity: SessionSummary.ActivitySummary, _ persona: String) -> String {
        if let score = activity.personaMedians.first(where: { $0.persona == persona }) {
            let value = SessionSummary.number(score.median)
            return score.sufficient ? value : "_\(value)_ (n = \(score.values))"
        }
        if let mode = activity.personaModes?.first(where: { $0.persona == persona }) {
            let value = "\(escape(mode.mode.joined(separator: "/"))) \(Int((mode.share * 100).rounded()))%"
            return mode.values >= MinimumData.cellValues ? value : "_\(value)_ (n = \(mode.values))"
        }
        let unsure = summary.cells.contains { $0.activity == activity.activity && $0.persona == persona && $0.unsure > 0 }
        return unsure ? "?" : "·"
    }

    var agreement: [String] {
        var lines = ["", "## Agreement between groups", "",
                     "| Persona | Krippendorff's alpha | Reading | Activities answered by 2+ groups | Other measures | Groups |",
                     "| --- | ---: | --- | ---: | --- | --- |"]
        for persona in summary.personas {
            let alpha = persona.agreement.map(SessionSummary.number) ?? "—"
            let reading = persona.agreementReading ?? persona.agreementNote ?? ""
            lines.append("| \(escape(persona.name)) | \(alpha) | \(escape(reading)) | \(persona.pairableUnits) | "
                + "\(others(persona.statistics)) | \(escape(persona.groups.joined(separator: ", "))) |")
        }
        return lines
    }

    /// Kendall's W, ICC(2,1) or Fleiss' kappa, and the complete block they rest on.
    private func others(_ statistics: AgreementStatistics?) -> String {
        guard let statistics else { return "too little data" }
        let parts = [statistics.concordance.map { "W = \(SessionSummary.number($0.w))" },
                     statistics.intraclass?["ICC(2,1)"].map { "ICC(2,1) = \(SessionSummary.number($0))" },
                     statistics.fleissKappa.map { "κ = \(SessionSummary.number($0))" }].compactMap { $0 }
        return (parts.isEmpty ? "—" : parts.joined(separator: ", ")) + " (\(statistics.groups) × \(statistics.units))"
    }

    var divergence: [String] {
        let split = summary.activities.filter { ($0.divergence ?? 0) > 0 }
            .sorted { ($0.divergence ?? 0, $1.title) > ($1.divergence ?? 0, $0.title) }
        guard summary.scale.isOrdered, !split.isEmpty else { return [] }
        var lines = ["", "## Where personas pull apart", "", "| Activity | Spread | Highest for | Lowest for |",
                     "| --- | ---: | --- | --- |"]
        for activity in split {
            lines.append("| \(escape(activity.title)) | \(SessionSummary.number(activity.divergence ?? 0))\(activity.divergent ? " ⚑" : "") | "
                + "\(quoted(activity, activity.strongestFor)) | \(quoted(activity, activity.weakestFor)) |")
        }
        return lines + ["", "⚑ a spread of at least half the scale."]
    }

    var rankStability: [String] {
        let ranked = summary.activities.filter { $0.rank != nil }.sorted { ($0.rank ?? 0, $0.title) < ($1.rank ?? 0, $1.title) }
        guard !ranked.isEmpty else { return [] }
        return ["", "## Rank stability", "", "Each activity's rank, and its best and worst when one persona's weight is doubled or set to zero.", ""]
            + ranked.map { activity in
                let range = activity.bestRank == activity.worstRank ? "steady" : "\(activity.bestRank ?? 0)–\(activity.worstRank ?? 0)"
                return "- Rank \(activity.rank ?? 0), \(escape(activity.title)): \(range)"
            }
    }

    var coverage: [String] {
        let coverage = summary.coverage
        var lines = ["", "## Coverage", "", "\(coverage.cells - coverage.emptyCells.count) of \(coverage.cells) cells have answers; "
            + "\(coverage.thinCells.count) have fewer than \(coverage.minimumAnswers)."]
        if !coverage.owed.isEmpty { lines.append("") }
        for owed in coverage.owed {
            lines.append("- \(escape(owed.group)) as \(escape(summary.name(of: owed.persona))) still owes: "
                + escape(owed.activities.map(summary.title(of:)).joined(separator: ", ")))
        }
        return lines
    }

    var notes: [String] {
        guard !summary.notes.isEmpty else { return [] }
        var lines = ["", "## Notes"]
        let prompts = Set(summary.prompts.map(\.id))
        for prompt in summary.prompts {
            let notes = summary.notes.filter { $0.prompt == prompt.id }
            guard !notes.isEmpty else { continue }
            lines += ["", "> \(escape(prompt.text))", ""]
            lines += notes.map { "- " + (place($0).map { "**\(escape($0))**: " } ?? "") + escape($0.text) }
        }
        let others = summary.notes.filter { !prompts.contains($0.prompt ?? "") }
        if !others.isEmpty { lines.append("") }
        lines += others.map { note in
            "- **\(escape(([note.prompt.map { "prompt \($0)" }] + [place(note)]).compactMap { $0 }.first ?? "Whole session"))**: "
                + escape(note.text)
        }
        return lines
    }

    private func place(_ note: Note) -> String? {
        let parts = [note.activity.map(summary.title(of:)), note.persona.map(summary.name(of:)), note.group, note.criterion].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: " · ")
    }

    private func quoted(_ activity: SessionSummary.ActivitySummary, _ persona: String?) -> String {
        guard let score = activity.personaMedians.first(where: { $0.persona == persona }) else { return "—" }
        return "\(escape(summary.name(of: score.persona))) (\(SessionSummary.number(score.median)), n = \(score.values))"
    }

}
