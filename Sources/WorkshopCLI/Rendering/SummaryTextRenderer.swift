import WorkshopKit

/// `summary` for a terminal: highlights first (what the room hears), then the matrix, agreement,
/// divergence, coverage, notes and methods.
struct SummaryTextRenderer {
    let summary: SessionSummary
    let width: Int

    /// The rendering, every line within `width`.
    var lines: [String] { Wrap.fit(sections, width: width) }

    private var sections: [String] {
        var lines = [Style.bold("\(summary.title) — session '\(summary.session)'"), ""]
        lines.append(Style.bold("Highlights"))
        lines += summary.highlights.map { "  • " + $0 }
        lines.append("")
        lines += MatrixRenderer(summary: summary, statistic: .median, width: width).lines
        lines.append("")
        lines.append(Style.bold("Agreement between groups (Krippendorff's alpha)"))
        let nameWidth = (summary.personas.map(\.name.count).max() ?? 10) + 2
        for persona in summary.personas {
            let alpha = persona.agreement.map { "α = " + number($0) } ?? (persona.agreementNote ?? "not enough data")
            let groups = persona.groups.isEmpty ? "no groups" : persona.groups.joined(separator: ", ")
            var line = "  \(pad(persona.name, nameWidth))\(pad(alpha, 10)) groups: \(groups)"
            if !persona.top.isEmpty { line += "; top: " + persona.top.map(title).joined(separator: ", ") }
            if !persona.bottom.isEmpty { line += "; bottom: " + persona.bottom.map(title).joined(separator: ", ") }
            lines.append(line)
        }
        lines.append("")
        lines.append(Style.bold("Where personas pull apart (highest − lowest persona median)"))
        let divergent = summary.activities.filter { ($0.divergence ?? 0) > 0 }
            .sorted { ($0.divergence ?? 0, $1.title) > ($1.divergence ?? 0, $0.title) }
        for activity in divergent.prefix(5) {
            let flag = activity.divergent ? " (flagged)" : ""
            lines.append("  \(pad(activity.title, 32)) \(number(activity.divergence ?? 0))\(flag): "
                + "high \(name(activity.strongestFor)), low \(name(activity.weakestFor))")
        }
        lines.append("")
        lines.append(Style.bold("Rank stability (one persona's weight doubled or zeroed)"))
        for activity in summary.activities.filter({ $0.rank != nil }).sorted(by: { ($0.rank ?? 0, $0.title) < ($1.rank ?? 0, $1.title) }) {
            let range = activity.bestRank == activity.worstRank ? "steady" : "\(activity.bestRank ?? 0)–\(activity.worstRank ?? 0)"
            lines.append("  \(pad(String(activity.rank ?? 0), 3)) \(pad(activity.title, 32)) \(range)")
        }
        lines.append("")
        lines += coverage
        if !summary.notes.isEmpty {
            lines.append("")
            lines.append(Style.bold("Notes"))
            for note in summary.notes {
                let place = [note.prompt.map { "prompt \($0)" }, note.activity.map(title), note.persona.map { name($0) }, note.group]
                    .compactMap { $0 }.joined(separator: " · ")
                lines.append("  [\(place.isEmpty ? "session" : place)] \(note.text)")
            }
        }
        if !summary.actions.isEmpty {
            lines.append("")
            lines.append(Style.bold("Actions"))
            for part in summary.actions.parts {
                lines.append("  \(part.title):")
                lines += part.entries.map { "    \($0.heading): \($0.standing)" }
            }
        }
        lines.append("")
        lines.append(Style.dim("Methods: medians and quartiles by R type 7; agreement by Krippendorff's alpha; "
            + "consensus by Tastle & Wierman (2007); standing = weighted mean of persona medians. "
            + "'summary --format json' carries every figure and method."))
        return lines
    }

    private var coverage: [String] {
        let coverage = summary.coverage
        var lines = [Style.bold("Coverage")]
        let answered = coverage.cells - coverage.emptyCells.count
        let thin = coverage.thinCells.count
        lines.append("  \(answered) of \(coverage.cells) cells have answers; \(thin) \(thin == 1 ? "has" : "have") fewer than "
            + "\(coverage.minimumAnswers)")
        for owed in coverage.owed {
            lines += Style.wrapList(owed.activities, first: "  \(owed.group) as \(owed.persona) still owes: ", indent: 6,
                                    width: width)
        }
        return lines
    }

    private func title(_ activity: String) -> String {
        summary.activities.first { $0.activity == activity }?.title ?? activity
    }

    private func name(_ persona: String?) -> String {
        guard let persona else { return "—" }
        return summary.personas.first { $0.persona == persona }?.name ?? persona
    }

    private func number(_ value: Double) -> String { SessionSummary.number(value) }
}
