import WorkshopModel
import WorkshopSession

/// What two sessions' plans have in common, in the second session's order, and what only one has.
struct Overlap {
    var activities: [Activity] = []
    var personas: [Persona] = []
    /// Shared criterion ids; `[nil]` when neither plan has criteria.
    var criteria: [String?] = []
    var leftOut: [SessionComparison.LeftOut] = []

    init(_ a: SessionMedians, _ b: SessionMedians) {
        activities = shared(a.activities, b.activities, kind: "activity", id: \.id, name: \.title, a, b)
        personas = shared(a.personas, b.personas, kind: "persona", id: \.id, name: \.name, a, b)
        if a.criteria.isEmpty, b.criteria.isEmpty {
            criteria = [nil]
        } else {
            criteria = shared(a.criteria, b.criteria, kind: "criterion", id: \.id, name: \.title, a, b).map(\.id)
        }
    }

    /// The items of `second` that `first` also has; the others of each are recorded as left out.
    private mutating func shared<Item>(
        _ first: [Item], _ second: [Item], kind: String, id: (Item) -> String, name: (Item) -> String,
        _ a: SessionMedians, _ b: SessionMedians
    ) -> [Item] {
        let firstIDs = Set(first.map(id)), secondIDs = Set(second.map(id))
        for item in first where !secondIDs.contains(id(item)) {
            leftOut.append(.init(kind: kind, id: id(item), name: name(item), session: a.session))
        }
        for item in second where !firstIDs.contains(id(item)) {
            leftOut.append(.init(kind: kind, id: id(item), name: name(item), session: b.session))
        }
        return second.filter { firstIDs.contains(id($0)) }
    }
}
