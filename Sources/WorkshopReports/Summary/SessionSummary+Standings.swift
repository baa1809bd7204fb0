import WorkshopSession

extension SessionSummary {
    /// Weighted mean of persona scores per activity, over the personas with a score.
    static func standings(activities: [String], score: [String: [String: Double]], weights: [String: Double])
        -> [String: Double]
    {
        var result: [String: Double] = [:]
        for activity in activities {
            var total = 0.0, weightSum = 0.0
            for (persona, value) in score[activity] ?? [:] {
                let weight = weights[persona] ?? 1
                total += weight * value
                weightSum += weight
            }
            if weightSum > 0 { result[activity] = total / weightSum }
        }
        return result
    }

    /// Competition ranking (1, 2, 2, 4), highest standing first; ties within 1e-9.
    static func ranks(_ standings: [String: Double]) -> [String: Int] {
        var result: [String: Int] = [:]
        for (activity, value) in standings {
            result[activity] = 1 + standings.values.filter { $0 > value + 1e-9 }.count
        }
        return result
    }

    /// The best and worst rank of each activity when any one persona's weight is doubled or zeroed.
    static func rankStability(activities: [String], score: [String: [String: Double]], weights: [String: Double])
        -> [String: (best: Int, worst: Int)]
    {
        var scenarios = [weights]
        for persona in weights.keys.sorted() {
            var doubled = weights, zeroed = weights
            doubled[persona] = (weights[persona] ?? 1) * 2
            zeroed[persona] = 0
            scenarios += [doubled, zeroed]
        }
        var result: [String: (best: Int, worst: Int)] = [:]
        for scenario in scenarios {
            for (activity, rank) in ranks(standings(activities: activities, score: score, weights: scenario)) {
                let current = result[activity] ?? (rank, rank)
                result[activity] = (min(current.best, rank), max(current.worst, rank))
            }
        }
        return result
    }

    /// The share of the total persona weight held by the personas with a score for each activity.
    static func weightAnswered(_ input: SummaryInput) -> [String: Double] {
        let total = input.totalWeight
        var result: [String: Double] = [:]
        for activity in input.activities {
            let answered = (input.score[activity.id] ?? [:]).keys.reduce(0) { $0 + (input.personaWeight[$1] ?? 1) }
            result[activity.id] = total > 0 ? answered / total : 0
        }
        return result
    }
}
