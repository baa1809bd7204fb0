import WorkshopMessages
import WorkshopModel
import WorkshopSession

/// The Markdown summary's sections, each a list of lines starting with a blank one.
struct MarkdownSections {
    let summary: SessionSummary
    let escape: (String) -> String
    var language: ReportLanguage = .english
    var words: Messages { language.words }

    var matrix: [String] {
        let ordered = summary.scale.isOrdered, personas = summary.personas
        let levels = summary.scale.levels.map { level in
            let label = language.label(level, scale: summary.scale.name)
            return level.label == SessionSummary.number(level.value) ? label : "\(SessionSummary.number(level.value)) \(label)"
        }
        var lines = ["", "## " + words[ordered ? "report.heading.median" : "report.heading.mode"], ""]
        lines.append(words[ordered ? "report.markdown.median_legend" : "report.markdown.mode_legend", [
            "scale": escape(summary.scale.name), "levels": escape(levels.joined(separator: " · ")), "minimum": String(MinimumData.cellValues),
        ]])
        lines.append("")
        let tail = ordered ? " \(words["report.column.standing"]) | \(words["report.column.rank"]) |" : ""
        lines.append("| \(words["report.column.activity"]) | " + personas.map { escape($0.name) }.joined(separator: " | ")
            + " | \(words["report.column.answers"]) |" + tail)
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
            let value = escape(summary.medianText(score.median, in: language))
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
        let columns = ["persona", "alpha_markdown", "reading", "pairable", "other", "groups"].map { words["report.agreement.column.\($0)"] }
        var lines = ["", "## " + words["report.heading.agreement"], "", "| " + columns.joined(separator: " | ") + " |",
                     "| --- | ---: | --- | ---: | --- | --- |"]
        for persona in summary.personas {
            let alpha = persona.agreement.map(SessionSummary.number) ?? "—"
            let reading = persona.agreement.map { SessionSummary.reading($0, words) } ?? persona.agreementNote.map { Methods.note($0, words) } ?? ""
            lines.append("| \(escape(persona.name)) | \(alpha) | \(escape(reading)) | \(persona.pairableUnits) | "
                + "\(others(persona.statistics)) | \(escape(persona.groups.joined(separator: ", "))) |")
        }
        return lines
    }

    /// Kendall's W, ICC(2,1) or Fleiss' kappa, and the complete block they rest on.
    private func others(_ statistics: AgreementStatistics?) -> String {
        guard let statistics else { return words["report.agreement.too_little"] }
        let parts = [statistics.concordance.map { "W = \(SessionSummary.number($0.w))" },
                     statistics.intraclass?["ICC(2,1)"].map { "ICC(2,1) = \(SessionSummary.number($0))" },
                     statistics.fleissKappa.map { "κ = \(SessionSummary.number($0))" }].compactMap { $0 }
        return (parts.isEmpty ? "—" : parts.joined(separator: ", ")) + " (\(statistics.groups) × \(statistics.units))"
    }

    var divergence: [String] {
        let split = summary.activities.filter { ($0.divergence ?? 0) > 0 }
            .sorted { ($0.divergence ?? 0, $1.title) > ($1.divergence ?? 0, $0.title) }
        guard summary.scale.isOrdered, !split.isEmpty else { return [] }
        let columns = ["activity", "spread_short", "highest", "lowest"].map { words["report.divergence.column.\($0)"] }
        var lines = ["", "## " + words["report.heading.divergence"], "", "| " + columns.joined(separator: " | ") + " |",
                     "| --- | ---: | --- | --- |"]
        for activity in split {
            lines.append("| \(escape(activity.title)) | \(SessionSummary.number(activity.divergence ?? 0))\(activity.divergent ? " ⚑" : "") | "
                + "\(quoted(activity, activity.strongestFor)) | \(quoted(activity, activity.weakestFor)) |")
        }
        return lines + ["", words["report.markdown.divergence_note"]]
    }

    var rankStability: [String] {
        let ranked = summary.activities.filter { $0.rank != nil }.sorted { ($0.rank ?? 0, $0.title) < ($1.rank ?? 0, $1.title) }
        guard !ranked.isEmpty else { return [] }
        return ["", "## " + words["report.heading.rank_stability"], "", words["report.markdown.rank_stability_note"], ""]
            + ranked.map { activity in
                let range = activity.bestRank == activity.worstRank ? words["report.markdown.steady"] : "\(activity.bestRank ?? 0)–\(activity.worstRank ?? 0)"
                return "- " + words["report.markdown.rank_line", ["rank": String(activity.rank ?? 0), "activity": escape(activity.title), "range": range]]
            }
    }

    /// Left out when every cell has enough answers and no group owes any.
    var coverage: [String] {
        let coverage = summary.coverage
        guard !coverage.emptyCells.isEmpty || !coverage.thinCells.isEmpty || !coverage.owed.isEmpty else { return [] }
        var lines = ["", "## " + words["report.heading.coverage"], "",
                     words["report.coverage.line", ["answered": String(coverage.cells - coverage.emptyCells.count), "cells": String(coverage.cells),
                                                    "thin": String(coverage.thinCells.count), "minimum": String(coverage.minimumAnswers)]]]
        if !coverage.owed.isEmpty { lines.append("") }
        for owed in coverage.owed {
            lines.append("- " + words["report.coverage.owes", ["group": escape(owed.group), "persona": escape(summary.name(of: owed.persona)),
                                                               "activities": escape(owed.activities.map(summary.title(of:)).joined(separator: ", "))]])
        }
        return lines
    }

    var notes: [String] {
        guard !summary.notes.isEmpty else { return [] }
        var lines = ["", "## " + words["report.heading.notes"]]
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
            "- **\(escape(([note.prompt.map { words["report.notes.prompt", ["prompt": $0]] }] + [place(note)]).compactMap { $0 }.first ?? words["report.notes.whole_session"]))**: "
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
