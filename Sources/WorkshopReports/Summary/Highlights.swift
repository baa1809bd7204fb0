import WorkshopMessages
import WorkshopSession

/// The handful of plain sentences a facilitator reads out. Each one is built from figures in the
/// summary (standing, medians, alpha, counts), which it quotes with their n, so it can be traced
/// back. Only figures that clear `MinimumData` are quoted; ties are named as ties; personas of
/// weight 0 are left out. Worded in `language` (the summary's own, and the terminal's, in English).
struct Highlights {
    let summary: SessionSummary
    var language: ReportLanguage = .english
    private var words: Messages { language.words }

    var sentences: [String] {
        var result = standings()
        result += split()
        result += agreement()
        let ranked = summary.activities.filter { $0.rank != nil }
        if let unstable = ranked.filter({ spread($0) >= 2 })
            .max(by: { (spread($0), $1.title) < (spread($1), $0.title) }),
            let best = unstable.bestRank, let worst = unstable.worstRank {
            result.append(words["report.highlights.unstable", ["activity": unstable.title, "best": String(best), "worst": String(worst)]])
        }
        let answered = summary.cells.filter { $0.values > 0 }
        let thin = answered.filter { !$0.sufficient }.count
        if thin > 0 {
            result.append(words["report.highlights.thin", ["thin": String(thin), "answered": String(answered.count),
                                                           "minimum": String(MinimumData.cellValues)]])
        }
        let empty = summary.coverage.emptyCells.count
        if empty > 0 {
            result.append(words["report.highlights.empty", ["empty": String(empty), "cells": String(summary.coverage.cells)]])
        }
        return result
    }

    /// Strongest and weakest overall, among the standings that clear the minimum; ties named.
    private func standings() -> [String] {
        let ranked = summary.activities.filter { $0.rank != nil && $0.standing != nil }
        guard let lowest = ranked.compactMap(\.rank).max() else { return [] }
        let top = ranked.filter { $0.rank == 1 }.sorted { $0.title < $1.title }
        var result = [sentence("strongest", top, scale: true)]
        if lowest > 1 {
            result.append(sentence("weakest", ranked.filter { $0.rank == lowest }.sorted { $0.title < $1.title }, scale: false))
        }
        return result
    }

    private func sentence(_ lead: String, _ activities: [SessionSummary.ActivitySummary], scale: Bool) -> String {
        var values = ["standing": format(activities[0].standing ?? 0), "answers": String(activities[0].values),
                      "activity": activities[0].title, "activities": language.list(activities.map(\.title)),
                      "scale": summary.scale.name]
        values["standing"] = words[scale ? "report.highlights.standing_on_scale" : "report.highlights.standing", values]
        let kind = activities.count == 1 ? "one" : "tied"
        return words["report.highlights.\(lead)_\(kind)", values]
    }

    /// The activity whose eligible persona medians pull furthest apart.
    private func split() -> [String] {
        let split = summary.activities.filter { ($0.divergence ?? 0) > 0 }
        guard let widest = split.compactMap(\.divergence).max() else { return [] }
        let tied = split.filter { abs(($0.divergence ?? 0) - widest) < 1e-9 }.sorted { $0.title < $1.title }
        let first = tied[0]
        guard let strongest = median(first, first.strongestFor), let weakest = median(first, first.weakestFor) else {
            return []
        }
        let others = tied.dropFirst().map(\.title)
        let key = !first.divergent ? "report.highlights.split" : others.isEmpty ? "report.highlights.split_widest" : "report.highlights.split_widest_tied"
        return [words[key, [
            "activity": first.title, "others": language.list(others),
            "strong": summary.name(of: strongest.persona), "strong_median": format(strongest.median), "strong_n": String(strongest.values),
            "weak": summary.name(of: weakest.persona), "weak_median": format(weakest.median), "weak_n": String(weakest.values),
        ]]]
    }

    /// Alpha, lowest and highest, among personas of weight above zero whose alpha cleared the minimum.
    private func agreement() -> [String] {
        let measured = summary.personas.filter { $0.agreement != nil && $0.weight > 0 }
        let values = measured.compactMap(\.agreement)
        guard let low = values.min(), let high = values.max() else { return [] }
        func at(_ value: Double) -> [String] { measured.filter { $0.agreement == value }.map(\.name) }
        func quote(_ value: Double, _ names: [String]) -> String {
            words[names.count > 1 ? "report.highlights.alpha_each" : "report.highlights.alpha",
                  ["personas": language.list(names), "alpha": format(value), "reading": SessionSummary.reading(value, words)]]
        }
        if low == high {
            return [words["report.highlights.agreement_same", ["personas": quote(low, at(low))]]]
        }
        return [words["report.highlights.agreement_range", ["low": quote(low, at(low)), "high": quote(high, at(high))]]]
    }

    private func spread(_ activity: SessionSummary.ActivitySummary) -> Int {
        (activity.worstRank ?? 0) - (activity.bestRank ?? 0)
    }

    private func median(_ activity: SessionSummary.ActivitySummary, _ persona: String?) -> SessionSummary.PersonaScore? {
        activity.personaMedians.first { $0.persona == persona }
    }

    private func format(_ value: Double) -> String { SessionSummary.number(value) }
}

extension SessionSummary {
    /// The highlights worded in `language` (`highlights` holds them in English, for JSON and the terminal).
    public func highlights(in language: ReportLanguage) -> [String] {
        Highlights(summary: self, language: language).sentences
    }
}

