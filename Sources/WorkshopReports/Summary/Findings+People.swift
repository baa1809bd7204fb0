import WorkshopModel
import WorkshopSession

/// The findings about people: what works for whom, where the personas pull apart, where the
/// tables disagreed, and how much is too thin to say anything about.
extension Findings {
    /// Each persona's favourite activity, when it differs from what worked best overall.
    func forWhom() -> Finding? {
        let best = Set(summary.activities.filter { $0.rank == 1 }.map(\.activity))
        var entries: [String] = [], answers = 0
        for persona in summary.personas where persona.weight > 0 {
            let scores = summary.activities.compactMap { activity in
                activity.personaMedians.first { $0.persona == persona.persona && $0.sufficient }.map { (activity, $0) }
            }
            guard let top = scores.map(\.1.median).max() else { continue }
            let favourites = scores.filter { $0.1.median == top }
            // A tie says nothing about what works for this persona in particular.
            guard favourites.count == 1, let favourite = favourites.first, !best.contains(favourite.0.activity) else { continue }
            let (activity, score) = favourite
            entries.append(words["report.findings.favourite", ["activity": activity.title, "persona": persona.name, "value": value(score.median),
                                                               "answers": words.count("report.findings.answers", score.values)]])
            answers += score.values
        }
        guard !entries.isEmpty else { return nil }
        return Finding(kind: .forWhom, text: words["report.findings.for_whom", ["favourites": language.list(Array(entries.prefix(3)))]],
                       answers: answers)
    }

    /// The activity the personas rate furthest apart, flagged as divergent; or that none is.
    func apart() -> Finding? {
        let measured = summary.activities.filter { $0.divergence != nil }
        guard !measured.isEmpty else { return nil }
        let split = measured.filter(\.divergent).sorted { ($0.divergence ?? 0, $1.title) > ($1.divergence ?? 0, $0.title) }
        guard let widest = split.first else {
            return Finding(kind: .apart, text: words["report.findings.together"], answers: measured.map(\.values).reduce(0, +))
        }
        guard let strong = widest.personaMedians.first(where: { $0.persona == widest.strongestFor }),
              let weak = widest.personaMedians.first(where: { $0.persona == widest.weakestFor }),
              strong.sufficient, weak.sufficient
        else { return nil }
        let text = words["report.findings.apart", [
            "activity": widest.title,
            "strong": summary.name(of: strong.persona), "strong_value": value(strong.median),
            "strong_answers": words.count("report.findings.answers", strong.values),
            "weak": summary.name(of: weak.persona), "weak_value": value(weak.median),
            "weak_answers": words.count("report.findings.answers", weak.values),
        ]]
        return Finding(kind: .apart, text: text, answers: strong.values + weak.values)
    }

    /// The cell whose tables' answers ran furthest apart: at least half the scale.
    func tables() -> Finding? {
        guard summary.scale.isOrdered, let low = summary.scale.levels.first?.value, let high = summary.scale.levels.last?.value else { return nil }
        let wide = summary.cells.compactMap { cell -> (CellStatistics, Double)? in
            guard cell.sufficient, let lowest = cell.minimum, let highest = cell.maximum, highest - lowest >= (high - low) / 2 else { return nil }
            return (cell, highest - lowest)
        }
        let sorted = wide.sorted { a, b in
            (a.1, b.0.values, summary.title(of: b.0.activity), summary.name(of: b.0.persona))
                > (b.1, a.0.values, summary.title(of: a.0.activity), summary.name(of: a.0.persona))
        }
        guard let cell = sorted.first?.0, let lowest = cell.minimum, let highest = cell.maximum else { return nil }
        let text = words["report.findings.tables", [
            "activity": summary.title(of: cell.activity), "persona": summary.name(of: cell.persona),
            "low": value(lowest), "high": value(highest), "answers": words.count("report.findings.answers", cell.values),
        ]]
        return Finding(kind: .tables, text: text, answers: cell.values)
    }

    /// How many activity–persona pairs have too few answers to be a finding.
    func gaps() -> Finding? {
        let coverage = summary.coverage
        let thin = coverage.thinCells.count + coverage.emptyCells.count
        guard thin > 0 else { return nil }
        return Finding(kind: .gaps, text: words["report.findings.gaps", ["thin": String(thin), "cells": String(coverage.cells),
                                                                          "minimum": String(MinimumData.cellValues)]], answers: 0)
    }

    /// A figure in plain words: the level's label on a labelled scale ("Agree", "between Amber and
    /// Green"), the number on a numeric one.
    func value(_ figure: Double) -> String {
        let levels = summary.scale.levels
        let labelled = levels.contains { $0.label != SessionSummary.number($0.value) }
        guard labelled else { return SessionSummary.number(figure) }
        if let level = levels.first(where: { abs($0.value - figure) < 1e-9 }) { return language.label(level, scale: summary.scale.name) }
        guard let below = levels.last(where: { $0.value < figure }), let above = levels.first(where: { $0.value > figure }) else {
            return SessionSummary.number(figure)
        }
        return words["report.findings.between", ["low": language.label(below, scale: summary.scale.name),
                                                 "high": language.label(above, scale: summary.scale.name)]]
    }
}
