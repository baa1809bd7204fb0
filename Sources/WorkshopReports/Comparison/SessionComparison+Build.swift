import WorkshopModel
import WorkshopStatistics

extension SessionComparison {
    /// Compares session `to` with session `from` over what both plans have: the same activities,
    /// personas and criteria, on the same scale. Refuses two sessions on different scales, or with
    /// no activity, persona or criterion in common.
    public init(from a: SessionMedians, to b: SessionMedians, rule: ChangeRule = ChangeRule()) throws(ComparisonError) {
        guard a.session != b.session else { throw .sameSession(a.session) }
        guard a.sharesScale(with: b) else {
            throw .differentScales(from: a.session, fromScale: a.scale.name, to: b.session, toScale: b.scale.name)
        }
        for side in [b, a] where side.scale.measurement == .nominal {
            throw .unordered(session: side.session, scale: side.scale.name)
        }
        let overlap = Overlap(a, b)
        for (kind, shared) in [("activity", overlap.activities.count), ("persona", overlap.personas.count),
                               ("criterion", overlap.criteria.count)] where shared == 0 {
            throw .nothingShared(kind: kind, from: a.session, fromPlan: a.plan, to: b.session, toPlan: b.plan)
        }
        var cells: [CellChange] = []
        var sides = (from: (answers: 0, unsure: 0), to: (answers: 0, unsure: 0))
        for activity in overlap.activities {
            for persona in overlap.personas {
                for criterion in overlap.criteria {
                    let key = MatrixCell(activity: activity.id, persona: persona.id, criterion: criterion)
                    guard a.cells[key] != nil || b.cells[key] != nil else { continue }
                    let before = Self.figure(a, key), after = Self.figure(b, key)
                    sides.from = (sides.from.answers + before.answers, sides.from.unsure + before.unsure)
                    sides.to = (sides.to.answers + after.answers, sides.to.unsure + after.unsure)
                    let change = before.median.flatMap { old in after.median.map { $0 - old } }
                    let interval = Self.noise(a, b, key)
                    let beyond = interval.map(\.excludesZero)
                    cells.append(CellChange(
                        activity: activity.id, persona: persona.id, criterion: criterion, from: before, to: after,
                        change: change, direction: change.map(Direction.init), interval: interval, beyondNoise: beyond,
                        called: change != nil && rule.calls(before.answers, after.answers) && beyond == true))
                }
            }
        }
        from = Self.side(a, sides.from)
        to = Self.side(b, sides.to)
        scale = SessionSummary.ScaleInfo(name: b.scale.name, measurement: b.scale.measurement, levels: b.scale.levels)
        self.rule = rule
        methods = Self.methods(rule: rule)
        personas = overlap.personas.map { PersonaName(persona: $0.id, name: $0.name) }
        self.cells = cells
        activities = Self.activityChanges(overlap.activities, cells: cells)
        leftOut = overlap.leftOut
    }

    /// The bootstrap interval of the change in the cell's median, `b` minus `a`, seeded from the two
    /// cells' counts: the same answers give the same interval whichever sessions hold them.
    private static func noise(_ a: SessionMedians, _ b: SessionMedians, _ key: MatrixCell) -> BootstrapInterval? {
        guard let before = a.cells[key], let after = b.cells[key] else { return nil }
        let levels = b.scale.levels.map(\.value)
        return MedianBootstrap.difference(after.distribution, minus: before.distribution, levels: levels,
                                          seed: .change(after.distribution, minus: before.distribution, levels: levels))
    }

    private static func figure(_ side: SessionMedians, _ key: MatrixCell) -> Figure {
        guard let cell = side.cells[key] else { return Figure(median: nil, answers: 0, unsure: 0) }
        return Figure(median: cell.median, answers: cell.answers - cell.unsure, unsure: cell.unsure)
    }

    private static func side(_ session: SessionMedians, _ counts: (answers: Int, unsure: Int)) -> Side {
        Side(session: session.session, plan: session.plan, title: session.title, date: session.date,
             series: session.series, meeting: session.meeting, answers: counts.answers, unsure: counts.unsure)
    }

    /// Each activity's mean change over its cells answered in both sessions, the most moved first
    /// (activities with no change last), plan order among equals.
    private static func activityChanges(_ activities: [Activity], cells: [CellChange]) -> [ActivityChange] {
        let byActivity = Dictionary(grouping: cells.filter { $0.change != nil }, by: \.activity)
        let changes = activities.map { activity in
            let moved = byActivity[activity.id] ?? []
            let mean = moved.isEmpty ? nil : moved.compactMap(\.change).reduce(0, +) / Double(moved.count)
            let called = moved.filter(\.called).count
            return ActivityChange(
                activity: activity.id, title: activity.title, change: mean, direction: mean.map(Direction.init),
                cells: moved.count, calledCells: called, called: !moved.isEmpty && called == moved.count)
        }
        return changes.enumerated().sorted { left, right in
            let l = left.element.change.map(abs) ?? -1, r = right.element.change.map(abs) ?? -1
            return l != r ? l > r : left.offset < right.offset
        }.map(\.element)
    }
}
