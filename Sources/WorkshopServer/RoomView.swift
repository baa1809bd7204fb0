import WorkshopKit

/// What the projector shows, computed from the session's state: the persona × activity matrix
/// (median of the groups' answers, or the most given label on a scale with no order) and which
/// tables still owe what. While results are hidden the cells carry counts only, so nothing in the
/// page or its event stream gives the figures away before the facilitator shows them. With it, the
/// wall of ideas per prompt and its dot vote.
public struct RoomView: Encodable, Sendable {
    public struct Column: Encodable, Sendable {
        var id: String
        var name: String
        /// `A7`, `P3`: what a matrix too wide for the names shows, with a key.
        var code: String
    }
    public struct Figure: Encodable, Sendable {
        /// Answers in this cell (unsure included).
        var n: Int
        /// The figure as shown; nil while hidden or unanswered.
        var text: String?
        /// 0 (lowest level) to 1 (highest), for the shade; nil when there is no order or no figure.
        var shade: Double?
        /// The `ScalePalette` tone of the figure (`data-tone`); nil when there is none.
        var tone: Int?
    }
    public struct Owed: Encodable, Sendable {
        var group: String
        var persona: String?
        var answered: Int
        var total: Int
        var owes: [String]
    }

    var title: String
    var hidden: Bool
    var complete: Bool
    var answers: Int
    var personas: [Column]
    var activities: [Column]
    /// Rows are activities, columns personas.
    var cells: [[Figure]]
    var coverage: [Owed]
    /// The ideas per prompt and their votes (`RoomView+Ideas`).
    var ideas: [PromptWall]
    /// Whether the plan has prompts for ideas (the deck then ends with the wall).
    var asksIdeas: Bool
    /// The scale's `ScalePalette` (`data-palette`); nil for a scale with no order.
    var palette: String?
    /// Key and label of each level whose figure is shown by its key (`RoomView+Slides`).
    var legend: [Legend]
    /// The scale's name, so a page translates a built-in scale's labels (the view itself stays in English).
    var scale = ""
    /// The slide the room shows, its matrix page, and what that slide needs beyond the matrix
    /// (`RoomView+Slides`, set by `focused(on:state:)`).
    var slide = ProjectorSlide.matrix.id
    var page = 0
    var detail: ActivityDetail?
    var highlights: [String]?

    public init(state: SessionState, assignments: [String: String], hideUntilComplete: Bool) {
        let plan = state.plan
        let activities = state.activeActivities
        let criteria = max(plan.criteria.count, 1)
        var byCell: [String: [Answer]] = [:]
        var byGroup: [String: (persona: String, done: Set<String>)] = [:]
        for (cell, answer) in state.currentAnswers {
            byCell[cell.activity + "\u{0}" + cell.persona, default: []].append(answer)
            var entry = byGroup[cell.group] ?? (cell.persona, [])
            entry.done.insert(cell.activity + "\u{0}" + (cell.criterion ?? ""))
            byGroup[cell.group] = entry
        }
        let names = Dictionary(state.personas.map { ($0.id, $0.name) }) { first, _ in first }
        coverage = state.activeGroups.map { group in
            let done = byGroup[group]?.done ?? []
            let owes = activities.filter { activity in
                (0..<criteria).contains { index in
                    !done.contains(activity.id + "\u{0}" + (plan.criteria.isEmpty ? "" : plan.criteria[index].id))
                }
            }
            return Owed(group: group, persona: (assignments[group] ?? byGroup[group]?.persona).map { names[$0] ?? $0 },
                        answered: activities.count - owes.count, total: activities.count, owes: owes.map(\.title))
        }
        ideas = Self.walls(state, personaNames: names)
        complete = !coverage.isEmpty && coverage.allSatisfy { $0.owes.isEmpty }
        hidden = hideUntilComplete && !complete
        title = plan.title
        answers = byCell.values.reduce(0) { $0 + $1.count }
        let shown = state.personas.filter { plan.personas.contains($0.id) }
        personas = shown.enumerated().map { Column(id: $1.id, name: $1.name, code: "P\($0 + 1)") }
        self.activities = activities.enumerated().map { Column(id: $1.id, name: $1.title, code: "A\($0 + 1)") }
        let palette = ScalePalette.of(plan.scale)
        self.palette = palette == .none ? nil : palette.rawValue
        legend = Self.legend(plan.scale)
        scale = plan.scale.name
        asksIdeas = !plan.prompts.isEmpty
        let hidden = self.hidden
        cells = activities.map { activity in
            shown.map { persona in
                let given = byCell[activity.id + "\u{0}" + persona.id] ?? []
                return hidden ? Figure(n: given.count) : Self.figure(given, scale: plan.scale)
            }
        }
    }

    static func figure(_ answers: [Answer], scale: Scale) -> Figure {
        var levels: [Int] = []
        for case let .level(index) in answers { levels.append(index) }
        guard !levels.isEmpty else { return Figure(n: answers.count, text: answers.isEmpty ? nil : "?") }
        guard scale.isOrdered else {
            var counts: [Int: Int] = [:]
            for level in levels { counts[level, default: 0] += 1 }
            let top = counts.max { $0.value == $1.value ? $0.key > $1.key : $0.value < $1.value }?.key ?? levels[0]
            return Figure(n: answers.count, text: Self.shown(scale.levels[top]))
        }
        let values = levels.map { scale.levels[$0].value }.sorted()
        let median = Quantile.type7(sorted: values, 0.5) ?? values[0]
        let low = scale.levels.first?.value ?? 0, high = scale.levels.last?.value ?? 1
        let text = scale.measurement == .interval
            ? NumberText.rounded(median) : Self.label(near: median, scale: scale)
        let shade = high > low ? (median - low) / (high - low) : nil
        // A figure resting on fewer answers than a finding needs is printed, never coloured, as
        // in the report's heatmap: the room should not read a headline into one table's answer.
        let toned = levels.count >= MinimumData.cellValues ? shade : nil
        return Figure(n: answers.count, text: text, shade: shade, tone: toned.flatMap { ScalePalette.of(scale).tone(at: $0) })
    }

    /// On a scale of labels, the median as the key of the level it falls on (or between two: both
    /// keys): a label such as "Neither agree nor disagree" does not fit a matrix of twelve columns,
    /// so the matrix prints keys and a legend says what each means (RAG's R, A and G among them).
    static func label(near value: Double, scale: Scale) -> String {
        if let exact = scale.levels.first(where: { $0.value == value }) { return Self.shown(exact) }
        let below = scale.levels.last { $0.value < value }, above = scale.levels.first { $0.value > value }
        return [below, above].compactMap { $0.map(Self.shown) }.joined(separator: "–")
    }
}
