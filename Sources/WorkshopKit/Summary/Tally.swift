/// The current answers grouped by matrix cell (activity × persona × criterion), by index: one pass
/// over the session's cells with integer arithmetic only. Everything a summary needs comes from
/// here, which keeps a refresh after each answer in the low milliseconds even at 100k answers.
struct Tally {
    struct Vote {
        var group: Int
        /// Level index, or `unsure`.
        var level: Int
        static let unsure = -1
    }

    /// Active activities, in plan order, as indexes into the session's activity ids.
    let activities: [Int]
    let personas: Int
    let criteria: Int
    let groups: [String]
    let groupActive: [Bool]
    /// Votes per matrix cell, at `index(activity:persona:criterion:)` (activity by its position in
    /// `activities`).
    private(set) var votes: [[Vote]]

    init(state: SessionState) {
        let activityCount = state.activityActive.count
        activities = (0..<activityCount).filter { state.activityActive[$0] }
        personas = state.plan.personas.count
        criteria = max(state.plan.criteria.count, 1)
        groups = state.groupIDs.strings
        groupActive = state.groupActive
        var position = Array(repeating: -1, count: activityCount)
        for (index, activity) in activities.enumerated() { position[activity] = index }
        var votes = Array(repeating: [Vote](), count: activities.count * personas * criteria)
        for cell in state.cellKeys.indices {
            let entry = state.cellCurrent[cell]
            guard entry >= 0 else { continue }
            let value = state.entries[Int(entry)].value
            guard value != SessionState.Entry.withdrawn else { continue }
            let key = state.cellKeys[cell]
            let activity = position[Int(key >> 48)]
            let group = Int(key >> 16 & 0xffff)
            guard activity >= 0, state.groupActive[group] else { continue }
            let persona = Int(key >> 32 & 0xffff), criterion = Int(key & 0xffff)
            votes[(activity * personas + persona) * criteria + criterion].append(
                Vote(group: group, level: value == SessionState.Entry.unsure ? Vote.unsure : Int(value)))
        }
        self.votes = votes
    }

    func index(activity: Int, persona: Int, criterion: Int) -> Int {
        (activity * personas + persona) * criteria + criterion
    }

    func votes(activity: Int, persona: Int, criterion: Int) -> [Vote] {
        votes[index(activity: activity, persona: persona, criterion: criterion)]
    }
}

extension Tally {
    /// What each group still owes: for every group that has answered anything for a persona, the
    /// activities (positions in `activities`) it has not answered on every criterion. In group
    /// order, then persona order. `status` and the summary's coverage both read this.
    func owed() -> [(group: Int, persona: Int, activities: [Int])] {
        var result: [(group: Int, persona: Int, activities: [Int])] = []
        for persona in 0..<personas {
            var done = Array(repeating: 0, count: groups.count * activities.count)
            var answered = Array(repeating: false, count: groups.count)
            for activity in activities.indices {
                for criterion in 0..<criteria {
                    for vote in votes(activity: activity, persona: persona, criterion: criterion) {
                        done[vote.group * activities.count + activity] += 1
                        answered[vote.group] = true
                    }
                }
            }
            for group in groups.indices where answered[group] {
                let missing = activities.indices.filter { done[group * activities.count + $0] < criteria }
                if !missing.isEmpty { result.append((group, persona, missing)) }
            }
        }
        return result.sorted { ($0.group, $0.persona) < ($1.group, $1.persona) }
    }

    /// Activities (positions) where no group has answered for `persona` on some criterion.
    func unanswered(persona: Int) -> [Int] {
        activities.indices.filter { activity in
            (0..<criteria).contains { votes(activity: activity, persona: persona, criterion: $0).isEmpty }
        }
    }
}
