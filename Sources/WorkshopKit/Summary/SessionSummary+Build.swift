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
            ($0.id, options.weights[$0.id] ?? $0.weight)
        })
        let answers = state.currentAnswersByCell

        // Cells: every activity × persona × criterion of the plan, answered or not.
        var byCell: [CellKey: [Answer]] = [:]
        var byPersonaGroup: [String: [String: [CellKey: Double]]] = [:]
        for answer in answers {
            let key = CellKey(activity: answer.activity, persona: answer.persona, criterion: answer.criterion)
            byCell[key, default: []].append(answer.answer)
            if case let .level(index) = answer.answer {
                byPersonaGroup[answer.persona, default: [:]][answer.group, default: [:]][key] = scale.levels[index].value
            }
        }
        var cells: [CellStatistics] = []
        for activity in activities {
            for persona in plan.personas {
                for criterion in criteria {
                    let key = CellKey(activity: activity.id, persona: persona, criterion: criterion)
                    cells.append(CellStatistics(
                        activity: activity.id, persona: persona, criterion: criterion, answers: byCell[key] ?? [],
                        scale: scale))
                }
            }
        }

        // A persona's score for an activity: its cell medians, criteria combined by weight.
        let cellByKey = Dictionary(uniqueKeysWithValues: cells.map { ($0.key, $0) })
        var score: [String: [String: Double]] = [:]
        for activity in activities {
            for persona in plan.personas {
                var total = 0.0, weights = 0.0
                for criterion in criteria {
                    let key = CellKey(activity: activity.id, persona: persona, criterion: criterion)
                    guard let median = cellByKey[key]?.median else { continue }
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
        self.personas = state.personas.filter { plan.personas.contains($0.id) }.map { persona in
            let groups = byPersonaGroup[persona.id] ?? [:]
            let groupIDs = state.activeGroups.filter { groups[$0] != nil }
            var units: [[Double?]] = []
            for activity in activities {
                for criterion in criteria {
                    let key = CellKey(activity: activity.id, persona: persona.id, criterion: criterion)
                    units.append(groupIDs.map { groups[$0]?[key] })
                }
            }
            let outcome = KrippendorffAlpha.compute(units: units, metric: metric)
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
                groups: groupIDs, agreement: outcome.value, agreementNote: note, pairableValues: pairable,
                top: scores.filter { $0.1 == high }.map(\.0), bottom: high == low ? [] : scores.filter { $0.1 == low }.map(\.0))
        }

        let status = state.status
        self.coverage = Coverage(
            minimumAnswers: options.minimumAnswers, cells: cells.count,
            emptyCells: cells.filter { $0.answers == 0 }.map(\.count),
            thinCells: cells.filter { $0.answers > 0 && $0.answers < options.minimumAnswers }.map(\.count),
            owed: status.owedByGroup.map { Owed(group: $0.group, persona: $0.persona, activities: $0.activities) })
        self.notes = state.activeNotes.map {
            NoteEntry(text: $0.text, activity: $0.activity, persona: $0.persona, group: $0.group,
                      criterion: $0.criterion, prompt: $0.prompt, at: Timestamp.format($0.at), by: $0.by)
        }
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

    struct CellKey: Hashable {
        var activity: String
        var persona: String
        var criterion: String?
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
    public static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

extension CellStatistics {
    var key: SessionSummary.CellKey { SessionSummary.CellKey(activity: activity, persona: persona, criterion: criterion) }
    var count: SessionSummary.CellCount {
        SessionSummary.CellCount(activity: activity, persona: persona, criterion: criterion, answers: answers)
    }
}
