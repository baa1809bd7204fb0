import WorkshopSession

/// How far a session has got: answers so far and what is still empty.
public struct SessionStatus: Sendable {
    /// Cells (activity × persona × group × criterion) with a current answer.
    public var answers: Int
    public var unsure: Int
    /// Answers replaced by a later one for the same cell, and changes taken back by undo.
    public var replaced: Int
    public var undone: Int
    public var notes: Int
    /// Persona × activity pairs of the matrix (per criterion) and how many have at least one answer.
    public var matrixCells: Int
    public var filledMatrixCells: Int
    /// For each persona, the activities nobody has answered yet.
    public var emptyByPersona: [(persona: String, activities: [String])]
    /// For each group and persona it has rated, the activities it has not answered yet.
    public var owedByGroup: [(group: String, persona: String, activities: [String])]
}

// Computed here, beside `Tally`, rather than in the Session folder: the session knows records and
// cells, the summary knows what counts as owed and unanswered, and status must agree with it.
extension SessionState {
    /// Counts and gaps, from the same `Tally` as the summary's coverage, so the two never disagree.
    public var status: SessionStatus {
        let tally = Tally(state: self)
        let activityIDs = activeActivities.map(\.id)
        let votes = tally.votes.joined()
        let totals = recordTotals
        return SessionStatus(
            answers: votes.count,
            unsure: votes.filter { $0.level == Tally.Vote.unsure }.count,
            replaced: max(0, totals.activeAnswers - votes.count),
            undone: totals.undone,
            notes: activeNotes.count,
            matrixCells: tally.votes.count,
            filledMatrixCells: tally.votes.filter { !$0.isEmpty }.count,
            emptyByPersona: plan.personas.indices.compactMap { persona in
                let missing = tally.unanswered(persona: persona).map { activityIDs[$0] }
                return missing.isEmpty ? nil : (plan.personas[persona], missing)
            },
            owedByGroup: tally.owed().map {
                (tally.groups[$0.group], plan.personas[$0.persona], $0.activities.map { activityIDs[$0] })
            })
    }
}
