extension SessionSummary {
    /// The seed every interval of a session's summary is drawn from: the same journal gives the same
    /// intervals on every run and machine.
    static func seed(_ session: String) -> BootstrapSeed { BootstrapSeed("workshop summary \(session)") }

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
        let seed = Self.seed(session)
        let results = StandingBootstrap.intervals(activities: activities, levels: levels, seed: seed.derived(0))
        for (a, result) in results.enumerated() {
            if self.activities[a].standingSufficient { self.activities[a].standingInterval = result.standing }
            for (i, interval) in result.cells.enumerated() { cells[a * perActivity + i].medianInterval = interval }
        }
        let metric = Self.metric(for: input.scale)
        let index = Dictionary(uniqueKeysWithValues: input.plan.personas.enumerated().map { ($1, $0) })
        for (p, persona) in personas.enumerated() where persona.agreement != nil {
            let units = Self.agreementUnits(input, persona: index[persona.persona] ?? 0).units
            personas[p].agreementInterval = KrippendorffAlpha.bootstrap(
                units: units, metric: metric, seed: seed.derived(1 + p))?.interval
        }
    }
}
