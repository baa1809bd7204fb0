import WorkshopModel
import WorkshopSession

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

    /// Active activities, in plan order, as indexes into the session's activity ids (the same order
    /// as `SessionState.activeActivities`).
    let activities: [Int]
    let personas: Int
    let criteria: Int
    /// Every group ever added, by index: a vote names its group by this index.
    let groups: [String]
    /// Votes per matrix cell, at `index(activity:persona:criterion:)` (activity by its position in
    /// `activities`).
    private(set) var votes: [[Vote]]

    init(state: SessionState) {
        let ids = state.ids
        let activities = ids.activities.indexesInForce
        let personas = state.plan.personas.count, criteria = max(state.plan.criteria.count, 1)
        var position = Array(repeating: -1, count: ids.activities.count)
        for (index, activity) in activities.enumerated() { position[activity] = index }
        var votes = Array(repeating: [Vote](), count: activities.count * personas * criteria)
        state.forEachCurrentAnswer { key, answer, _ in
            guard ids.isInForce(key) else { return }
            let level: Int
            switch answer {
            case let .level(index): level = index
            case .unsure: level = Vote.unsure
            }
            let activity = position[Int(key.activity)]
            votes[(activity * personas + Int(key.persona)) * criteria + Int(key.criterion)].append(
                Vote(group: Int(key.group), level: level))
        }
        self.activities = activities
        self.personas = personas
        self.criteria = criteria
        self.groups = ids.groups.all
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
