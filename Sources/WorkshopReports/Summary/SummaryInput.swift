import WorkshopModel
import WorkshopSession

/// What every part of a summary is computed from: the plan's shape, the weights in force, the
/// tally of current answers, the cells and each persona's score per activity.
struct SummaryInput {
    let state: SessionState
    let options: SummaryOptions
    let plan: Plan
    let scale: Scale
    let activities: [Activity]
    /// `[nil]` when the plan rates one implicit criterion.
    let criteria: [String?]
    let criterionWeight: [String: Double]
    let personaWeight: [String: Double]
    let tally: Tally
    /// Every activity × persona × criterion, at `tally.index(activity:persona:criterion:)`.
    let cells: [CellStatistics]
    /// A persona's score for an activity: its cell medians, criteria combined by weight.
    let score: [String: [String: Double]]
    /// The fewest values behind each score.
    let scoreValues: [String: [String: Int]]

    init(state: SessionState, options: SummaryOptions) {
        self.state = state
        self.options = options
        plan = state.plan
        scale = plan.scale
        activities = state.activeActivities
        criteria = plan.criteria.isEmpty ? [nil] : plan.criteria.map(\.id)
        let criterionWeight = Dictionary(uniqueKeysWithValues: plan.criteria.map { ($0.id, $0.weight) })
        self.criterionWeight = criterionWeight
        personaWeight = Dictionary(uniqueKeysWithValues: state.personas.map {
            ($0.id, options.weights[$0.id] ?? state.weightOverrides[$0.id] ?? $0.weight)
        })
        tally = Tally(state: state)
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
        var score: [String: [String: Double]] = [:], scoreValues: [String: [String: Int]] = [:]
        for (a, activity) in activities.enumerated() {
            for (p, persona) in plan.personas.enumerated() {
                var total = 0.0, weights = 0.0, fewest = Int.max
                for (c, criterion) in criteria.enumerated() {
                    let cell = cells[tally.index(activity: a, persona: p, criterion: c)]
                    guard let median = cell.median else { continue }
                    let weight = criterion.flatMap { criterionWeight[$0] } ?? 1
                    total += weight * median
                    weights += weight
                    fewest = min(fewest, cell.values)
                }
                if weights > 0 {
                    score[activity.id, default: [:]][persona] = total / weights
                    scoreValues[activity.id, default: [:]][persona] = fewest
                }
            }
        }
        self.cells = cells
        self.score = score
        self.scoreValues = scoreValues
    }

    /// The total weight of the plan's personas: a standing's coverage is measured against it.
    var totalWeight: Double {
        plan.personas.reduce(0) { $0 + (personaWeight[$1] ?? 1) }
    }

    func cell(activity: Int, persona: Int, criterion: Int) -> CellStatistics {
        cells[tally.index(activity: activity, persona: persona, criterion: criterion)]
    }
}
