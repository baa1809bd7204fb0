import WorkshopModel
import WorkshopSession

/// A merge's decision about another copy's groups (`--same-groups` or `--room NAME`), kept in the
/// merged journal as a `merge-rule` record (format 4). Without it a second merge of that copy has to
/// be told again, and told differently it would rename some of the copy's records and not others.
struct MergeRule: Equatable {
    /// The id of the other copy's start record: what a later merge recognises the copy by.
    var other: UInt64
    /// `.same` or `.room(name)`.
    var policy: GroupPolicy
    /// The record's own id, for messages.
    var id: UInt64
    /// Whether a `merge-rule` record holds it; false for one read from the records themselves (a copy
    /// that shares this journal's start record, renamed by an earlier `--room` merge).
    var isKept = true

    /// Reads a `merge-rule` line; nil for one this version cannot read (a newer rule rides along).
    init?(line: [UInt8], id: UInt64) {
        guard let otherText = JSONMembers.string("other", in: line),
              let other = Array(otherText.utf8).withUnsafeBytes({ RecordID.parse($0) })
        else { return nil }
        switch JSONMembers.string("rule", in: line) {
        case "same-groups": policy = .same
        case "room":
            guard let room = JSONMembers.string("room", in: line), Identifier.isValid(room) else { return nil }
            policy = .room(room)
        default: return nil
        }
        self.other = other
        self.id = id
    }

    /// The rule `policy` for the copy whose start record is `other`. Its id is the same wherever the
    /// same decision is made, so two laptops making it write one record.
    init(other: UInt64, policy: GroupPolicy) {
        self.other = other
        self.policy = policy
        id = LineEdit.stableID("merge-rule", RecordID.format(other), Self.words(policy))
    }

    /// The record's line, newline not included.
    func line(at: Int64, by: String) -> [UInt8] {
        var line = JSONLine()
        line.add("type", RecordKind.mergeRule.rawValue)
        line.add("id", RecordID.format(id))
        line.add("at", Timestamp.format(at))
        line.add("by", by)
        line.add("other", RecordID.format(other))
        if case let .room(name) = policy {
            line.add("rule", "room")
            line.add("room", name)
        } else {
            line.add("rule", "same-groups")
        }
        line.add("format", String(RecordKind.mergeRule.introducedIn))
        return Array(line.finished().dropLast())
    }

    /// The rule an earlier `--room` merge left in the records both hold: where ours' copy of a record
    /// has group `ROOM_g` and theirs has `g`, and every such record names the same ROOM.
    static func inferred(oursGroups: [UInt64: String], theirs: [MergeLine], buffers: [[UInt8]], other: UInt64) -> MergeRule? {
        var rooms = Set<String>()
        for line in theirs where line.groupRange != nil {
            guard let mine = oursGroups[line.id], let group = line.group(buffers), mine != group else { continue }
            guard mine.hasSuffix(GroupPolicy.roomSeparator + group) else { return nil }
            rooms.insert(String(mine.dropLast(group.count + GroupPolicy.roomSeparator.count)))
        }
        guard rooms.count == 1, let room = rooms.first else { return nil }
        var rule = MergeRule(other: other, policy: .room(room))
        rule.isKept = false
        return rule
    }

    /// The policy as the command's option says it: `--same-groups`, `--room NAME`.
    static func words(_ policy: GroupPolicy) -> String {
        switch policy {
        case .ask: return "no option"
        case .same: return "--same-groups"
        case let .room(name): return "--room \(name)"
        }
    }
}
