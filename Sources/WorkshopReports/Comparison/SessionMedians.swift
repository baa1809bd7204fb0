import WorkshopModel
import WorkshopSession

/// One session as a comparison sees it: the figures of every answered matrix cell, with the plan's
/// names and scale. Small and `Sendable`: a session of a million answers becomes a few thousand
/// cells, and its replayed state can be let go.
public struct SessionMedians: Sendable {
    public var session: String
    public var plan: String
    public var title: String
    /// The plan's date, `YYYY-MM-DD`, when it has one.
    public var date: String?
    public var series: String?
    /// The meeting's number in its series (1 for the first), when it belongs to one.
    public var meeting: Int?
    public var scale: Scale
    /// Activities in force, in plan order.
    public var activities: [Activity]
    /// The plan's personas, in plan order.
    public var personas: [Persona]
    /// The plan's criteria, in plan order; empty when it rates one thing per activity.
    public var criteria: [Criterion]
    /// Figures for each cell with at least one answer (unsure included).
    public var cells: [MatrixCell: CellStatistics]

    public init(state: SessionState) {
        let plan = state.plan
        let activities = state.activeActivities
        let criteria: [String?] = plan.criteria.isEmpty ? [nil] : plan.criteria.map(\.id)
        let tally = Tally(state: state)
        var cells: [MatrixCell: CellStatistics] = [:]
        for (a, activity) in activities.enumerated() {
            for (p, persona) in plan.personas.enumerated() {
                for (c, criterion) in criteria.enumerated() {
                    let votes = tally.votes(activity: a, persona: p, criterion: c)
                    guard !votes.isEmpty else { continue }
                    let answers = votes.map { $0.level == Tally.Vote.unsure ? Answer.unsure : .level($0.level) }
                    cells[MatrixCell(activity: activity.id, persona: persona, criterion: criterion)] = CellStatistics(
                        activity: activity.id, persona: persona, criterion: criterion, answers: answers, scale: plan.scale)
                }
            }
        }
        let byID = Dictionary(state.personas.map { ($0.id, $0) }) { first, _ in first }
        session = state.sessionID
        self.plan = plan.id
        title = plan.title
        date = plan.date
        series = plan.series
        scale = plan.scale
        self.activities = activities
        personas = plan.personas.map { byID[$0] ?? Persona(id: $0, name: $0) }
        self.criteria = plan.criteria
        self.cells = cells
    }

    /// The answers a cell's median rests on: its answers other than unsure.
    public func valueCount(_ cell: MatrixCell) -> Int {
        cells[cell].map { $0.answers - $0.unsure } ?? 0
    }

    /// Whether this session rates on the same scale as `other`: the same levels and measurement.
    public func sharesScale(with other: SessionMedians) -> Bool {
        scale.levels == other.scale.levels && scale.measurement == other.scale.measurement
    }
}
