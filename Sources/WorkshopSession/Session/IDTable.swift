import WorkshopModel
import WorkshopSupport

/// The ids a session's cells are made of, one `IDList` per kind, and the translation between a
/// `Cell` (names) and a `CellKey` (indexes).
package struct IDTable: Sendable {
    package private(set) var activities: IDList
    package private(set) var personas: IDList
    package private(set) var groups: IDList
    /// A plan that lists no criteria rates one implicit criterion, kept here under the empty id.
    package private(set) var criteria: IDList
    private let hasCriteria: Bool

    package static let implicitCriterion = ""

    package init(plan: Plan, defaultGroup: String) {
        activities = IDList(plan.activities.map(\.id))
        personas = IDList(plan.personas)
        groups = IDList(plan.groups.isEmpty ? [defaultGroup] : plan.groups)
        hasCriteria = !plan.criteria.isEmpty
        criteria = IDList(hasCriteria ? plan.criteria.map(\.id) : [Self.implicitCriterion])
    }

    /// The key of the cell a journal line names, every id checked against those in force.
    package mutating func key(_ fields: LineFields) throws(ReplayProblem) -> CellKey {
        guard let activityBytes = fields[.activity] else { throw .missing(key: "activity") }
        guard let personaBytes = fields[.persona] else { throw .missing(key: "persona") }
        guard let groupBytes = fields[.group] else { throw .missing(key: "group") }
        guard let activity = activities.indexInForce(activityBytes) else {
            throw .unknown(kind: "activity", id: String(decoding: activityBytes, as: UTF8.self))
        }
        guard let persona = personas.indexInForce(personaBytes) else {
            throw .unknown(kind: "persona", id: String(decoding: personaBytes, as: UTF8.self))
        }
        guard let group = groups.indexInForce(groupBytes) else {
            throw .unknown(kind: "group", id: String(decoding: groupBytes, as: UTF8.self))
        }
        let criterion: Int32
        if let criterionBytes = fields[.criterion] {
            guard hasCriteria, let index = criteria.indexInForce(criterionBytes) else {
                throw .unknown(kind: "criterion", id: String(decoding: criterionBytes, as: UTF8.self))
            }
            criterion = index
        } else {
            guard !hasCriteria else { throw .missing(key: "criterion") }
            criterion = 0
        }
        // Only a start record with tens of thousands of one kind of id gets here.
        guard let key = CellKey(activity: activity, persona: persona, group: group, criterion: criterion) else {
            throw .tooMany(kind: "activity, persona, group or criterion", limit: Int(CellKey.fieldLimit))
        }
        return key
    }

    /// The key of a cell named by ids the session knows, in force or not.
    package func key(of cell: Cell) -> CellKey? {
        guard let activity = activities.index(of: cell.activity), let persona = personas.index(of: cell.persona),
              let group = groups.index(of: cell.group),
              let criterion = criteria.index(of: cell.criterion ?? Self.implicitCriterion)
        else { return nil }
        return CellKey(activity: activity, persona: persona, group: group, criterion: criterion)
    }

    /// The names of a key's ids.
    package func cell(_ key: CellKey) -> Cell {
        let criterion = criteria[key.criterion]
        return Cell(
            activity: activities[key.activity], persona: personas[key.persona], group: groups[key.group],
            criterion: criterion.isEmpty ? nil : criterion)
    }

    /// Whether a key's activity and group are in force: answers on an activity or group whose
    /// addition was undone are kept, but count for nothing until a redo.
    package func isInForce(_ key: CellKey) -> Bool {
        activities.isInForce(key.activity) && groups.isInForce(key.group)
    }

    /// Adds an activity or group (`add-activity`, `add-group`), or puts back one taken out by undo.
    package mutating func add(activity id: String) throws(ReplayProblem) -> (index: Int32, isNew: Bool) {
        try activities.add(id, kind: "activity")
    }

    package mutating func add(group id: String) throws(ReplayProblem) -> (index: Int32, isNew: Bool) {
        try groups.add(id, kind: "group")
    }

    /// Undo and redo of an addition.
    package mutating func setInForce(activity index: Int32, _ flag: Bool) {
        activities.setInForce(index, flag)
    }

    package mutating func setInForce(group index: Int32, _ flag: Bool) {
        groups.setInForce(index, flag)
    }
}

extension IDTable {
    package func write(to writer: inout BinaryWriter) {
        for list in [activities, personas, groups, criteria] { list.write(to: &writer) }
        writer.bool(hasCriteria)
    }

    /// Whether each of the key's indexes names an id of its kind.
    package func names(_ key: CellKey) -> Bool {
        Int(key.activity) < activities.count && Int(key.persona) < personas.count && Int(key.group) < groups.count
            && Int(key.criterion) < criteria.count
    }

    package init(reading reader: inout BinaryReader) throws(BinaryReader.Invalid) {
        activities = try IDList(reading: &reader)
        personas = try IDList(reading: &reader)
        groups = try IDList(reading: &reader)
        criteria = try IDList(reading: &reader)
        hasCriteria = try reader.bool()
    }
}
