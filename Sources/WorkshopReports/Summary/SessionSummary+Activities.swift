import WorkshopModel
import WorkshopSession

extension SessionSummary {
    /// One summary per active activity: standing and rank (only where enough of the persona weight
    /// answered), persona medians with their n, and divergence over the personas that can carry it.
    static func activitySummaries(_ input: SummaryInput) -> [ActivitySummary] {
        let ids = input.activities.map(\.id)
        let standings = standings(activities: ids, score: input.score, weights: input.personaWeight)
        let answered = weightAnswered(input)
        let sufficient = ids.filter {
            standings[$0] != nil && (answered[$0] ?? 0) >= MinimumData.standingWeightShare - 1e-12
        }
        let ranked = Set(sufficient)
        let ranks = ranks(standings.filter { ranked.contains($0.key) })
        let stability = rankStability(activities: sufficient, score: input.score, weights: input.personaWeight)
        let width = (input.scale.levels.last?.value ?? 0) - (input.scale.levels.first?.value ?? 0)
        let personaCount = input.plan.personas.count, criteria = input.criteria.count

        return input.activities.enumerated().map { a, activity in
            let medians = input.plan.personas.compactMap { persona -> PersonaScore? in
                guard let median = input.score[activity.id]?[persona] else { return nil }
                let values = input.scoreValues[activity.id]?[persona] ?? 0
                return PersonaScore(persona: persona, median: median, values: values,
                                    sufficient: values >= MinimumData.cellValues)
            }
            let eligible = medians.filter { $0.sufficient && (input.personaWeight[$0.persona] ?? 1) > 0 }
            let strongest = eligible.max { $0.median < $1.median }
            let weakest = eligible.min { $0.median < $1.median }
            let divergence = eligible.count >= MinimumData.divergencePersonas
                ? (strongest?.median ?? 0) - (weakest?.median ?? 0) : nil
            let start = a * personaCount * criteria
            let cells = input.cells[start..<(start + personaCount * criteria)]
            return ActivitySummary(
                activity: activity.id, title: activity.title, stage: activity.stage, standing: standings[activity.id],
                standingSufficient: ranked.contains(activity.id), standingInterval: nil,
                values: cells.reduce(0) { $0 + $1.values }, weightAnswered: answered[activity.id] ?? 0,
                rank: ranks[activity.id], personaMedians: medians,
                personaModes: input.scale.isOrdered ? nil : modes(Array(cells), personas: input.plan.personas, input.scale),
                divergence: divergence,
                divergent: (divergence ?? 0) > 0 && (divergence ?? 0) >= input.options.divergenceShare * width,
                strongestFor: divergence == nil ? nil : strongest?.persona,
                weakestFor: divergence == nil ? nil : weakest?.persona,
                bestRank: stability[activity.id]?.best, worstRank: stability[activity.id]?.worst)
        }
    }

    /// Nominal scales: each persona's most common answer, its criteria's counts pooled.
    private static func modes(_ cells: [CellStatistics], personas: [String], _ scale: Scale) -> [PersonaMode] {
        personas.compactMap { persona in
            var counts = Array(repeating: 0, count: scale.levels.count)
            for cell in cells where cell.persona == persona {
                for (level, count) in cell.distribution.enumerated() { counts[level] += count }
            }
            let total = counts.reduce(0, +)
            guard let most = counts.max(), most > 0 else { return nil }
            return PersonaMode(
                persona: persona, mode: counts.indices.filter { counts[$0] == most }.map { scale.levels[$0].key },
                share: Double(most) / Double(total), values: total)
        }
    }
}
