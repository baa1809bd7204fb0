import WorkshopSession
import WorkshopStatistics
import WorkshopSupport

extension SeriesTrend {
    /// The trend over `sessions`, a series' meetings in meeting order, optionally narrowed to one
    /// activity and one persona (ids or unique prefixes). Meetings on another scale than the latest
    /// are left out and named, never rescaled.
    public init(
        series: String, sessions: [SessionMedians], activity: String? = nil, persona: String? = nil,
        rule: ChangeRule = ChangeRule()
    ) throws(ComparisonError) {
        let latest = sessions.last
        if let latest, latest.scale.measurement == .nominal {
            throw .unordered(session: latest.session, scale: latest.scale.name)
        }
        let kept = sessions.filter { latest.map($0.sharesScale) ?? true }
        let number = { (index: Int, session: SessionMedians) in session.meeting ?? index + 1 }
        leftOut = sessions.enumerated().filter { latest.map($0.element.sharesScale) == false }.map { index, session in
            LeftOutMeeting(number: number(index, session), session: session.session, reason:
                "rates on the scale '\(session.scale.name)', the latest meeting on '\(latest?.scale.name ?? "")'")
        }
        // Ids in order of first appearance; titles and names as the latest meeting has them.
        var activities = Names(), personas = Names(), criteria: [String?] = []
        for session in kept {
            for item in session.activities { activities.add(item.id, item.title) }
            for item in session.personas { personas.add(item.id, item.name) }
            for criterion in session.criteria.isEmpty ? [nil] : session.criteria.map(\.id)
            where !criteria.contains(criterion) {
                criteria.append(criterion)
            }
        }
        let chosenActivity = try activity.map { text throws(ComparisonError) in
            try Self.resolve(text, kind: "activity", among: activities.ids, series: series)
        }
        let chosenPersona = try persona.map { text throws(ComparisonError) in
            try Self.resolve(text, kind: "persona", among: personas.ids, series: series)
        }
        var rows: [Row] = []
        let levels = latest?.scale.levels.map(\.value) ?? []
        for activity in activities.ids where chosenActivity == nil || activity == chosenActivity {
            for persona in personas.ids where chosenPersona == nil || persona == chosenPersona {
                for criterion in criteria {
                    let key = MatrixCell(activity: activity, persona: persona, criterion: criterion)
                    let points = kept.enumerated().compactMap { index, session -> Point? in
                        guard let cell = session.cells[key], let median = cell.median else { return nil }
                        return Point(meeting: number(index, session), median: median, answers: cell.answers - cell.unsure)
                    }
                    guard let first = points.first, let last = points.last else { continue }
                    let change = points.count > 1 ? last.median - first.median : nil
                    let ends = kept.compactMap { $0.cells[key] }.filter { $0.median != nil }.map(\.distribution)
                    let interval = change == nil ? nil : MedianBootstrap.difference(
                        ends.last ?? [], minus: ends.first ?? [], levels: levels,
                        seed: .change(ends.last ?? [], minus: ends.first ?? [], levels: levels))
                    rows.append(Row(
                        activity: activity, title: activities.name(activity), persona: persona,
                        name: personas.name(persona), criterion: criterion, points: points, change: change,
                        direction: change.map(Direction.init), interval: interval,
                        called: change != nil && rule.calls(first.answers, last.answers) && interval?.excludesZero == true))
                }
            }
        }
        meetings = kept.enumerated().map { index, session in
            let meeting = number(index, session)
            let answers = rows.reduce(0) { $0 + ($1.points.first { $0.meeting == meeting }?.answers ?? 0) }
            return Meeting(number: meeting, session: session.session, plan: session.plan, title: session.title,
                           date: session.date, answers: answers)
        }
        self.series = series
        filter = activity == nil && persona == nil ? nil : Filter(activity: chosenActivity, persona: chosenPersona)
        scale = SessionSummary.ScaleInfo(
            name: latest?.scale.name ?? "", measurement: latest?.scale.measurement ?? .ordinal,
            levels: latest?.scale.levels ?? [])
        self.rule = rule
        methods = Self.methods(rule: rule)
        self.rows = rows
    }

    private static func resolve(_ text: String, kind: String, among ids: [String], series: String)
        throws(ComparisonError) -> String
    {
        switch PrefixMatch(text, among: ids) {
        case let .exact(id), let .unique(id): return id
        case let .ambiguous(matches): throw .ambiguous(kind: kind, text: text, candidates: matches)
        case .none:
            throw .unknown(kind: kind, text: text, series: series,
                           suggestion: Suggestion.closest(to: text, in: ids), available: ids)
        }
    }
}

/// Ids in order of first appearance, each with the name it was last given.
private struct Names {
    private(set) var ids: [String] = []
    private var names: [String: String] = [:]

    mutating func add(_ id: String, _ name: String) {
        if names.updateValue(name, forKey: id) == nil { ids.append(id) }
    }

    func name(_ id: String) -> String { names[id] ?? id }
}
