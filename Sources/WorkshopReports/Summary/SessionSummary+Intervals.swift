import WorkshopSession
import WorkshopStatistics
import WorkshopSupport

extension SessionSummary {
    /// Adds the 95% bootstrap intervals: each cell median's and each sufficient standing's (percentile
    /// bootstrap, the cells resampled once for both), and each persona's alpha (Hayes & Krippendorff
    /// 2007). Ordered scales only: labels with no order have no median to bound.
    mutating func addIntervals(_ input: SummaryInput) {
        guard input.scale.isOrdered else { return }
        let levels = input.scale.levels.map(\.value)
        let perActivity = input.plan.personas.count * input.criteria.count
        let activities = input.activities.indices.map { a in
            input.cells[(a * perActivity)..<((a + 1) * perActivity)].map { cell in
                StandingBootstrap.Cell(
                    persona: input.plan.personas.firstIndex(of: cell.persona) ?? 0,
                    personaWeight: input.personaWeight[cell.persona] ?? 1,
                    criterionWeight: cell.criterion.flatMap { input.criterionWeight[$0] } ?? 1,
                    counts: cell.distribution)
            }
        }
        // Each activity and each persona is drawn from a seed made of its own answers, so they run
        // in parallel and the same answers give the same interval in any session, in any order.
        let results = ParallelMap.map(activities.count) { a in
            StandingBootstrap.intervals(activities: [activities[a]], levels: levels,
                                        seed: .standing(activities[a], levels: levels))[0]
        }
        for (a, result) in results.enumerated() {
            if self.activities[a].standingSufficient { self.activities[a].standingInterval = result.standing }
            for (i, interval) in result.cells.enumerated() { cells[a * perActivity + i].medianInterval = interval }
        }
        let metric = Self.metric(for: input.scale)
        let index = Dictionary(uniqueKeysWithValues: input.plan.personas.enumerated().map { ($1, $0) })
        let units = personas.map { KrippendorffAlpha.canonical(Self.agreementUnits(input, persona: index[$0.persona] ?? 0).units) }
        let measured = personas.map { $0.agreement != nil }
        let intervals = ParallelMap.map(personas.count) { p in
            measured[p] ? KrippendorffAlpha.bootstrap(units: units[p], metric: metric,
                                                      seed: .alpha(units: units[p], metric: metric))?.interval : nil
        }
        for p in personas.indices { personas[p].agreementInterval = intervals[p] }
    }
}
