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

extension SessionState {
    public var status: SessionStatus {
        let current = currentAnswers
        let activities = activeActivities.map(\.id)
        let criteria: [String?] = plan.criteria.isEmpty ? [nil] : plan.criteria.map(\.id)
        var answered = Set<[String?]>()
        var byGroup: [String: [String: Set<[String?]>]] = [:]
        for (cell, _) in current {
            answered.insert([cell.activity, cell.persona, cell.criterion])
            byGroup[cell.group, default: [:]][cell.persona, default: []].insert([cell.activity, cell.criterion])
        }
        let empty = plan.personas.compactMap { persona -> (String, [String])? in
            let missing = activities.filter { activity in
                criteria.contains { !answered.contains([activity, persona, $0]) }
            }
            return missing.isEmpty ? nil : (persona, missing)
        }
        var owed: [(String, String, [String])] = []
        for group in activeGroups {
            for persona in plan.personas {
                guard let done = byGroup[group]?[persona] else { continue }
                let missing = activities.filter { activity in criteria.contains { !done.contains([activity, $0]) } }
                if !missing.isEmpty { owed.append((group, persona, missing)) }
            }
        }
        let answerEntries = entries.filter { $0.kind == .answer && $0.active }.count
        return SessionStatus(
            answers: current.count,
            unsure: current.filter { $0.answer == .unsure }.count,
            replaced: max(0, answerEntries - current.count),
            undone: entries.filter { !$0.active }.count,
            notes: activeNotes.count,
            matrixCells: activities.count * plan.personas.count * criteria.count,
            filledMatrixCells: answered.count,
            emptyByPersona: empty,
            owedByGroup: owed)
    }
}
