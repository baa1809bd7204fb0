import WorkshopModel
import WorkshopSession

/// Whether two journals' start records are of the same plan, and what one snapshot has that the
/// other lacks.
enum SnapshotCheck {
    /// Refuses a journal of another plan, or of the same plan changed in more than its activities and
    /// groups (those a session can add as it runs).
    static func check(_ theirs: StartRecord, against ours: StartRecord, path: String) throws(MergeRefusal) {
        guard theirs.plan.id == ours.plan.id else {
            throw .otherPlan(path: path, plan: theirs.plan.id, expected: ours.plan.id)
        }
        var left = theirs.plan, right = ours.plan
        left.activities = []
        right.activities = []
        left.groups = []
        right.groups = []
        let part: String?
        if left.personas != right.personas || theirs.personas != ours.personas {
            part = "personas"
        } else if left.scale != right.scale {
            part = "scale"
        } else if left.criteria != right.criteria {
            part = "criteria"
        } else if left != right {
            part = "details (title, date, prompts or series)"
        } else {
            part = nil
        }
        if let part { throw .otherSnapshot(path: path, plan: theirs.plan.id, part: part) }
        // Activities both have must mean the same: the same id with another title is another plan.
        let mine = Dictionary(ours.plan.activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for activity in theirs.plan.activities where mine[activity.id].map({ $0 != activity }) ?? false {
            throw .otherSnapshot(path: path, plan: theirs.plan.id, part: "activity '\(activity.id)'")
        }
    }

    /// The add-activity and add-group lines that bring in what `other`'s snapshot has and neither
    /// `chosen`'s snapshot nor an added record has (`present`), just before `other` started.
    static func additions(
        from other: StartRecord, chosen: StartRecord, presentActivities: Set<String>, presentGroups: Set<String>
    ) -> [WrittenLine] {
        var result: [WrittenLine] = []
        let at = other.at - 1
        let startID = RecordID.format(chosen.id)
        for activity in other.plan.activities where !presentActivities.contains(activity.id) {
            let id = LineEdit.stableID("add-activity", startID, activity.id)
            var line = header(.addActivity, id: id, at: at, by: other.by)
            line.add("activity", activity.id)
            line.add("title", activity.title)
            line.add("description", activity.description.isEmpty ? nil : activity.description)
            line.add("stage", activity.stage)
            result.append(WrittenLine(
                bytes: Array(line.finished().dropLast()), at: at, id: id, kind: .addActivity, group: nil,
                label: "activity '\(activity.id)'"))
        }
        for group in other.plan.groups where !presentGroups.contains(group) {
            let id = LineEdit.stableID("add-group", startID, group)
            result.append(WrittenLine(
                bytes: addGroup(group, id: id, at: at, by: other.by), at: at, id: id, kind: .addGroup, group: group,
                label: "group '\(group)'"))
        }
        return result
    }

    /// An add-group line, newline not included.
    static func addGroup(_ group: String, id: UInt64, at: Int64, by: String) -> [UInt8] {
        var line = header(.addGroup, id: id, at: at, by: by)
        line.add("group", group)
        return Array(line.finished().dropLast())
    }

    private static func header(_ kind: RecordKind, id: UInt64, at: Int64, by: String) -> JSONLine {
        var line = JSONLine()
        line.add("type", kind.rawValue)
        line.add("id", RecordID.format(id))
        line.add("at", Timestamp.format(at))
        line.add("by", by)
        return line
    }
}

/// A line the merge writes itself, before it has a place among the others.
struct WrittenLine {
    var bytes: [UInt8]
    var at: Int64
    var id: UInt64
    var kind: RecordKind
    var group: String?
    /// What it adds, for the report.
    var label: String
}
