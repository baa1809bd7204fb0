import WorkshopKit

extension SummaryTextRenderer {
    /// The activities whose persona medians pull furthest apart, each with every persona median and its n.
    var divergence: [String] {
        var lines = [style.bold("Where personas pull apart (highest − lowest persona median, n = its answers)")]
        let divergent = summary.activities.filter { ($0.divergence ?? 0) > 0 }
            .sorted { ($0.divergence ?? 0, $1.title) > ($1.divergence ?? 0, $0.title) }
            .prefix(5)
        if divergent.isEmpty {
            lines.append("  none to show: a split needs \(MinimumData.divergencePersonas) personas each with a median on "
                + "\(MinimumData.cellValues) or more answers")
        }
        var thin = false
        for activity in divergent {
            lines.append("  \(clean(activity.title)): \(number(activity.divergence ?? 0))\(activity.divergent ? " (flagged)" : "")")
            let medians = activity.personaMedians.sorted { ($0.median, $1.persona) > ($1.median, $0.persona) }
            thin = thin || medians.contains { !$0.sufficient }
            // One persona's figure and its n stay on one line.
            lines += Style.wrapList(medians.map { score in
                "\(name(score.persona)) \(number(score.median))\(score.sufficient ? "" : MatrixFigure.thinMark) (n=\(score.values))"
            }, first: "    ", indent: 6, width: width)
        }
        if thin {
            lines.append("  \(MatrixFigure.thinMark) \(MatrixFigure.thinMeaning): left out of the split")
        }
        return lines
    }

    /// Each ranked activity's rank and the ranks it takes as weights change; how many standings
    /// fall below the minimum and so have no rank.
    var rankStability: [String] {
        var lines = [style.bold("Rank stability (one persona's weight doubled or zeroed)")]
        let ranked = summary.activities.filter { $0.rank != nil }
            .sorted { ($0.rank ?? 0, $0.title) < ($1.rank ?? 0, $1.title) }
        if ranked.isEmpty { lines.append("  no activity is ranked yet") }
        // A title past its column keeps its start and end, or, where that reads as another's, is shown whole.
        let titles = ranked.map { clean($0.title) }
        for (activity, title) in zip(ranked, TitleFit.fit(titles, width: 32) ?? titles) {
            let range = activity.bestRank == activity.worstRank ? "steady" : "\(activity.bestRank ?? 0)–\(activity.worstRank ?? 0)"
            lines.append("  \(pad(String(activity.rank ?? 0), 3)) \(pad(title, 32)) \(range)")
        }
        let below = summary.activities.filter { $0.standing != nil && !$0.standingSufficient }
        if !below.isEmpty {
            let share = Int(MinimumData.standingWeightShare * 100)
            lines.append("  \(below.count) \(below.count == 1 ? "standing is" : "standings are") below the minimum (personas "
                + "holding under \(share)% of the weight answered) and not ranked: "
                + below.map { "\(clean($0.title)) \(number($0.standing ?? 0))\(MatrixFigure.thinMark)" }.joined(separator: ", "))
        }
        return lines
    }
}
