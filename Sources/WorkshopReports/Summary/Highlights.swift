import WorkshopSession

/// The handful of plain sentences a facilitator reads out. Each one is built from figures in the
/// summary (standing, medians, alpha, counts), which it quotes with their n, so it can be traced
/// back. Only figures that clear `MinimumData` are quoted; ties are named as ties; personas of
/// weight 0 are left out.
struct Highlights {
    let summary: SessionSummary

    var sentences: [String] {
        var result = standings()
        result += split()
        result += agreement()
        let ranked = summary.activities.filter { $0.rank != nil }
        if let unstable = ranked.filter({ spread($0) >= 2 })
            .max(by: { (spread($0), $1.title) < (spread($1), $0.title) }),
            let best = unstable.bestRank, let worst = unstable.worstRank {
            result.append("\(unstable.title) ranks anywhere from \(best) to \(worst) depending on how the personas are weighted.")
        }
        let answered = summary.cells.filter { $0.values > 0 }
        let thin = answered.filter { !$0.sufficient }.count
        if thin > 0 {
            result.append("\(thin) of \(answered.count) answered cells rest on fewer than \(MinimumData.cellValues) answers; "
                + "their figures are marked and not quoted here.")
        }
        let empty = summary.coverage.emptyCells.count
        if empty > 0 {
            result.append("\(empty) of \(summary.coverage.cells) cells have no answers yet.")
        }
        return result
    }

    /// Strongest and weakest overall, among the standings that clear the minimum; ties named.
    private func standings() -> [String] {
        let ranked = summary.activities.filter { $0.rank != nil && $0.standing != nil }
        guard let lowest = ranked.compactMap(\.rank).max() else { return [] }
        let top = ranked.filter { $0.rank == 1 }.sorted { $0.title < $1.title }
        var result = [sentence("Strongest overall", top, scale: " on \(summary.scale.name)")]
        if lowest > 1 {
            result.append(sentence("Weakest overall", ranked.filter { $0.rank == lowest }.sorted { $0.title < $1.title },
                                   scale: ""))
        }
        return result
    }

    private func sentence(_ lead: String, _ activities: [SessionSummary.ActivitySummary], scale: String) -> String {
        let standing = format(activities[0].standing ?? 0)
        if activities.count == 1 {
            return "\(lead): \(activities[0].title) (standing \(standing)\(scale), from \(activities[0].values) answers)."
        }
        return "\(lead), tied: \(list(activities.map(\.title))) (standing \(standing)\(scale) each)."
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
        let tail = first.divergent ? ", the widest split" + (others.isEmpty ? "" : " (tied with \(list(others)))") : ""
        return ["\(first.title): strongest for \(summary.name(of: strongest.persona)) (median \(format(strongest.median)), "
            + "n = \(strongest.values)), weakest for \(summary.name(of: weakest.persona)) (median \(format(weakest.median)), "
            + "n = \(weakest.values))\(tail)."]
    }

    /// Alpha, lowest and highest, among personas of weight above zero whose alpha cleared the minimum.
    private func agreement() -> [String] {
        let measured = summary.personas.filter { $0.agreement != nil && $0.weight > 0 }
        let values = measured.compactMap(\.agreement)
        guard let low = values.min(), let high = values.max() else { return [] }
        func at(_ value: Double) -> [String] { measured.filter { $0.agreement == value }.map(\.name) }
        func quote(_ value: Double, _ names: [String]) -> String {
            "\(list(names)) (α = \(format(value))\(names.count > 1 ? " each" : ""), \(SessionSummary.reading(value)))"
        }
        if low == high {
            return ["Agreement between the groups playing \(quote(low, at(low)))."]
        }
        return ["Agreement between groups was lowest for \(quote(low, at(low))) and highest for \(quote(high, at(high)))."]
    }

    private func spread(_ activity: SessionSummary.ActivitySummary) -> Int {
        (activity.worstRank ?? 0) - (activity.bestRank ?? 0)
    }

    private func median(_ activity: SessionSummary.ActivitySummary, _ persona: String?) -> SessionSummary.PersonaScore? {
        activity.personaMedians.first { $0.persona == persona }
    }


    private func format(_ value: Double) -> String { SessionSummary.number(value) }
}

/// "A", "A and B", "A, B and C".
func list(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + last
}
