/// The handful of plain sentences a facilitator reads out. Each one is built from figures in the
/// summary (standing, medians, alpha, counts), which it quotes, so it can be traced back.
struct Highlights {
    let summary: SessionSummary
    let state: SessionState

    var sentences: [String] {
        var result: [String] = []
        let ranked = summary.activities.filter { $0.standing != nil }.sorted { ($0.rank ?? 0, $0.title) < ($1.rank ?? 0, $1.title) }
        let top = ranked.first, bottom = ranked.last
        if let top, let standing = top.standing {
            result.append("Strongest overall: \(top.title) (standing \(format(standing)) on \(summary.scale.name)).")
        }
        if let bottom, let standing = bottom.standing, ranked.count > 1 {
            result.append("Weakest overall: \(bottom.title) (standing \(format(standing))).")
        }
        let split = summary.activities.filter { $0.divergence != nil }
            .max { ($0.divergence ?? 0, $1.title) < ($1.divergence ?? 0, $0.title) }
        if let split, let divergence = split.divergence, divergence > 0,
           let strongest = split.strongestFor, let weakest = split.weakestFor {
            let high = split.personaMedians.first { $0.persona == strongest }?.median ?? 0
            let low = split.personaMedians.first { $0.persona == weakest }?.median ?? 0
            result.append("\(split.title): strongest for \(name(strongest)) (median \(format(high))), weakest for "
                + "\(name(weakest)) (median \(format(low)))\(split.divergent ? ", the widest split" : "").")
        }
        let measured = summary.personas.filter { $0.agreement != nil }
        if measured.count >= 1, let least = measured.min(by: { ($0.agreement ?? 0) < ($1.agreement ?? 0) }) {
            if measured.count >= 2, let most = measured.max(by: { ($0.agreement ?? 0) < ($1.agreement ?? 0) }),
               most.persona != least.persona {
                result.append("The groups playing \(least.name) disagreed most (α = \(format(least.agreement ?? 0))); "
                    + "those playing \(most.name) agreed most (α = \(format(most.agreement ?? 0))).")
            } else {
                result.append("The groups playing \(least.name) agreed with α = \(format(least.agreement ?? 0)).")
            }
        }
        if let unstable = summary.activities.filter({ ($0.worstRank ?? 0) - ($0.bestRank ?? 0) >= 2 })
            .max(by: { (($0.worstRank ?? 0) - ($0.bestRank ?? 0), $1.title) < (($1.worstRank ?? 0) - ($1.bestRank ?? 0), $0.title) }),
            let best = unstable.bestRank, let worst = unstable.worstRank {
            result.append("\(unstable.title) ranks anywhere from \(best) to \(worst) depending on how the personas are weighted.")
        }
        let empty = summary.coverage.emptyCells.count
        if empty > 0 {
            result.append("\(empty) of \(summary.coverage.cells) cells have no answers yet.")
        }
        return result
    }

    private func name(_ persona: String) -> String {
        summary.personas.first { $0.persona == persona }?.name ?? persona
    }

    private func format(_ value: Double) -> String {
        SessionSummary.number(value)
    }
}
