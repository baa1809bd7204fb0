extension SessionSummary {
    /// Summarises a session's current answers. Works from the answers per cell, never from the
    /// journal's records, so it costs the same after ten answers or a million.
    public init(state: SessionState, options: SummaryOptions = SummaryOptions()) {
        let plan = state.plan
        let scale = plan.scale
        let activities = state.activeActivities
        let criteria: [String?] = plan.criteria.isEmpty ? [nil] : plan.criteria.map(\.id)
        let criterionWeight = Dictionary(uniqueKeysWithValues: plan.criteria.map { ($0.id, $0.weight) })
        let personaWeight = Dictionary(uniqueKeysWithValues: state.personas.map {
            ($0.id, options.weights[$0.id] ?? state.weightOverrides[$0.id] ?? $0.weight)
        })
        let tally = Tally(state: state)

        // Cells: every activity × persona × criterion of the plan, answered or not.
        var cells: [CellStatistics] = []
        cells.reserveCapacity(tally.votes.count)
        for (a, activity) in activities.enumerated() {
            for (p, persona) in plan.personas.enumerated() {
                for (c, criterion) in criteria.enumerated() {
                    let answers = tally.votes(activity: a, persona: p, criterion: c)
                        .map { $0.level == Tally.Vote.unsure ? Answer.unsure : .level($0.level) }
                    cells.append(CellStatistics(
                        activity: activity.id, persona: persona, criterion: criterion, answers: answers, scale: scale))
                }
            }
        }

        // A persona's score for an activity: its cell medians, criteria combined by weight.
        var score: [String: [String: Double]] = [:]
        for (a, activity) in activities.enumerated() {
            for (p, persona) in plan.personas.enumerated() {
                var total = 0.0, weights = 0.0
                for (c, criterion) in criteria.enumerated() {
                    guard let median = cells[tally.index(activity: a, persona: p, criterion: c)].median else { continue }
                    let weight = criterion.flatMap { criterionWeight[$0] } ?? 1
                    total += weight * median
                    weights += weight
                }
                if weights > 0 { score[activity.id, default: [:]][persona] = total / weights }
            }
        }

        let standings = Self.standings(activities: activities.map(\.id), score: score, weights: personaWeight)
        let ranks = Self.ranks(standings)
        let stability = Self.rankStability(activities: activities.map(\.id), score: score, weights: personaWeight)
        let width = (scale.levels.last?.value ?? 0) - (scale.levels.first?.value ?? 0)

        self.activities = activities.map { activity in
            let medians = plan.personas.compactMap { persona in
                score[activity.id]?[persona].map { PersonaScore(persona: persona, median: $0) }
            }
            let strongest = medians.max { $0.median < $1.median }
            let weakest = medians.min { $0.median < $1.median }
            let divergence = medians.count >= 2 ? (strongest?.median ?? 0) - (weakest?.median ?? 0) : nil
            return ActivitySummary(
                activity: activity.id, title: activity.title, stage: activity.stage, standing: standings[activity.id],
                rank: ranks[activity.id], personaMedians: medians, divergence: divergence,
                divergent: (divergence ?? 0) > 0 && (divergence ?? 0) >= options.divergenceShare * width,
                strongestFor: divergence == nil ? nil : strongest?.persona,
                weakestFor: divergence == nil ? nil : weakest?.persona,
                bestRank: stability[activity.id]?.best, worstRank: stability[activity.id]?.worst)
        }

        let metric: KrippendorffAlpha.Metric = scale.measurement == .interval ? .interval : .ordinal
        let personaIndex = Dictionary(uniqueKeysWithValues: plan.personas.enumerated().map { ($1, $0) })
        self.personas = state.personas.filter { personaIndex[$0.id] != nil }.map { persona in
            let p = personaIndex[persona.id] ?? 0
            // Groups as raters, activities (× criteria) as units; unsure answers are not values.
            var answered = Array(repeating: false, count: tally.groups.count)
            var units: [[Int: Double]] = []
            for a in activities.indices {
                for c in criteria.indices {
                    var unit: [Int: Double] = [:]
                    for vote in tally.votes(activity: a, persona: p, criterion: c) {
                        answered[vote.group] = true
                        if vote.level != Tally.Vote.unsure { unit[vote.group] = scale.levels[vote.level].value }
                    }
                    units.append(unit)
                }
            }
            let raters = answered.indices.filter { answered[$0] }
            let outcome = KrippendorffAlpha.compute(units: units.map { unit in raters.map { unit[$0] } }, metric: metric)
            let scores = activities.compactMap { activity in score[activity.id]?[persona.id].map { (activity.id, $0) } }
            let high = scores.map(\.1).max(), low = scores.map(\.1).min()
            var note: String?, pairable = 0
            switch outcome {
            case let .alpha(_, count): pairable = count
            case .notEnoughData: note = "not enough data"
            case let .noVariation(count):
                pairable = count
                note = "no variation: every group gave the same answer throughout"
            }
            return PersonaSummary(
                persona: persona.id, name: persona.name, weight: personaWeight[persona.id] ?? persona.weight,
                groups: raters.map { tally.groups[$0] }, agreement: outcome.value, agreementNote: note,
                pairableValues: pairable, top: scores.filter { $0.1 == high }.map(\.0),
                bottom: high == low ? [] : scores.filter { $0.1 == low }.map(\.0))
        }

        self.coverage = Coverage(
            minimumAnswers: options.minimumAnswers, cells: cells.count,
            emptyCells: cells.filter { $0.answers == 0 }.map(\.count),
            thinCells: cells.filter { $0.answers > 0 && $0.answers < options.minimumAnswers }.map(\.count),
            owed: tally.owed().map {
                Owed(group: tally.groups[$0.group], persona: plan.personas[$0.persona],
                     activities: $0.activities.map { activities[$0].id })
            })
        self.notes = state.activeNotes
        self.actions = ActionsSummary(actions: state.actions)
        self.session = state.sessionID
        self.plan = plan.id
        self.title = plan.title
        self.scale = ScaleInfo(name: scale.name, measurement: scale.measurement, levels: scale.levels)
        self.cells = cells
        self.methods = Methods(
            agreement: "Krippendorff's alpha (\(metric.rawValue) metric), groups as raters, activities as units, "
                + "missing answers allowed; 'not enough data' below two pairable answers in any unit",
            divergence: "highest minus lowest persona median; flagged when at least "
                + "\(Int(options.divergenceShare * 100))% of the scale's width (\(Self.number(options.divergenceShare * width)))",
            personaWeights: personaWeight,
            criterionWeights: criterionWeight)
        self.highlights = []
        self.highlights = Highlights(summary: self, state: state).sentences
    }

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

    /// A figure as shown: at most two decimals, no trailing zeros.
    public static func number(_ value: Double) -> String { NumberText.rounded(value) }
}

extension CellStatistics {
    var count: SessionSummary.CellCount {
        SessionSummary.CellCount(activity: activity, persona: persona, criterion: criterion, answers: answers)
    }
}
