import WorkshopKit

/// What every phone of one table is told as it changes (`GET /g/TOKEN/events`): each card's answer
/// and latest note, the table's progress, and its ideas and dots, so a second phone at the table
/// shows what the first one sent. Only the table's own: never another table's answers, nor the
/// room's vote totals.
struct TableView: Codable, Sendable, Equatable {
    /// One answer card: an activity, on one criterion when the plan has them.
    struct Card: Codable, Sendable, Equatable {
        var activity: String
        var criterion: String?
        /// The answer's key (`4`, `?`); nil while unanswered.
        var key: String?
        /// The level's label (`Agree`, `unsure`).
        var label: String?
        /// As the card's "Saved: …" line words it (`Agree (4)`), the same as an answer's reply.
        var saved: String?
        /// The newest note the table left on the card.
        var note: String?
    }

    /// The table's ideas on one prompt, and its dots when the prompt's vote is open.
    struct Ideas: Codable, Sendable, Equatable {
        var prompt: String
        /// Ideas written, hidden ones too: the per-table limit counts them.
        var used: Int
        var ideas: [Item]
        var vote: Dots?
    }

    struct Item: Codable, Sendable, Equatable {
        var id: String
        var label: String
        var text: String
    }

    struct Dots: Codable, Sendable, Equatable {
        var dots: Int
        var left: Int
        /// The table's dots by item (an idea's id, or a theme's name).
        var placed: [String: Int]
    }

    var group: String
    /// The persona the table plays; nil until assigned or chosen with its first answer.
    var persona: String?
    /// Cards answered, of all of them: the table's progress, whichever phone answered.
    var answered: Int
    var total: Int
    var cards: [Card]
    var ideas: [Ideas]

    /// `notes`: the table's notes in force, in the order made (`TableNotes`; all of the session's
    /// active notes will do, at the cost of reading them all).
    init(state: SessionState, group: String, persona: String?, notes tableNotes: [Note]? = nil) {
        let plan = state.plan
        let criteria: [String?] = plan.criteria.isEmpty ? [nil] : plan.criteria.map { Optional($0.id) }
        var notes: [NoteTarget: String] = [:]
        if let persona {
            // The newest wins: notes come in the order made.
            for note in tableNotes ?? state.activeNotes where note.group == group && note.persona == persona && note.prompt == nil {
                notes[note.target] = note.text
            }
        }
        self.group = group
        self.persona = persona
        cards = state.activeActivities.flatMap { activity in
            criteria.map { criterion -> Card in
                guard let persona else { return Card(activity: activity.id, criterion: criterion) }
                let cell = Cell(activity: activity.id, persona: persona, group: group, criterion: criterion)
                let answer = state.answer(for: cell)
                let note = notes[NoteTarget(activity: activity.id, persona: persona, group: group, criterion: criterion)]
                return Card(activity: activity.id, criterion: criterion, key: answer?.key(on: plan.scale),
                            label: answer.map { Self.label($0, on: plan.scale) }, saved: answer?.display(on: plan.scale), note: note)
            }
        }
        total = cards.count
        answered = cards.count(where: { $0.key != nil })
        ideas = plan.prompts.isEmpty ? [] : Self.ideas(on: state.ideaWall, prompts: plan.prompts.map(\.id), group: group)
    }

    private static func label(_ answer: Answer, on scale: Scale) -> String {
        switch answer {
        case let .level(index): scale.levels[index].label
        case .unsure: "unsure"
        }
    }

    private static func ideas(on wall: IdeaWall, prompts: [String], group: String) -> [Ideas] {
        prompts.map { prompt in
            let mine = wall.listed(prompt: prompt).filter { $0.group == group }
            let used = wall.listed(prompt: prompt, hidden: true).count(where: { $0.group == group })
            let dots = wall.votes[prompt].flatMap { vote -> Dots? in
                guard vote.isOpen else { return nil }
                let placed = wall.placed(by: group, prompt: prompt)
                return Dots(dots: vote.dots, left: wall.remaining(for: group, prompt: prompt),
                            placed: Dictionary(placed.map { (Self.name($0.key), $0.value) }) { $0 + $1 })
            }
            return Ideas(prompt: prompt, used: used,
                         ideas: mine.map { Item(id: RecordID.format($0.id), label: $0.label, text: $0.text) }, vote: dots)
        }
    }

    private static func name(_ item: VoteItem) -> String {
        switch item {
        case let .idea(id): RecordID.format(id)
        case let .theme(theme): theme
        }
    }
}
