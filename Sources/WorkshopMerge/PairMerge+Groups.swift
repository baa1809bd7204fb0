import WorkshopModel
import WorkshopSession

/// What a merge writes itself: another room's groups renamed, and what one snapshot has that the
/// chosen start record lacks.
extension PairMerge {
    /// Renames the group of every record only the other journal holds to `<room>_<group>`, and adds
    /// each renamed group (just before its first use) unless one of those records adds it.
    mutating func renameGroups(room: String) throws(MergeRefusal) {
        guard Identifier.isValid(room) else { throw .invalidID(Identifier.Invalid(kind: "room", id: room)) }
        var firstUse: [String: Int64] = [:]
        // A group a record already adds (a merge of this room before) is not added again.
        let before = buffers
        var added = Set(lines.filter { $0.kind == .addGroup && $0.origin != .theirs }.compactMap { $0.group(before) })
        for index in lines.indices where lines[index].origin == .theirs {
            guard let group = lines[index].group(buffers) else { continue }
            let renamed = GroupPolicy.renamed(group, room: room)
            guard let edited = LineEdit.replacing("group", with: renamed, in: buffers[lines[index].source][lines[index].range])
            else { throw .unreadable(path: theirs.path, line: 0, problem: "record \(RecordID.format(lines[index].id))") }
            place(edited, at: index)
            lines[index].groupRange = MergeLine.locateGroup(in: edited)
            if lines[index].kind == .addGroup { added.insert(renamed) }
            if firstUse[renamed] == nil {
                firstUse[renamed] = lines[index].at
                report.renamedGroups.append(MergeReport.Rename(from: group, to: renamed))
            }
        }
        report.renamedGroups.sort { $0.from < $1.from }
        let chosen = chosenStart
        for (group, at) in firstUse.sorted(by: { $0.key < $1.key }) where !added.contains(group) {
            let id = LineEdit.stableID("room", RecordID.format(chosen.id), group)
            insert(WrittenLine(
                bytes: SnapshotCheck.addGroup(group, id: id, at: at - 1, by: theirs.start.by), at: at - 1, id: id,
                kind: .addGroup, group: group, label: "group '\(group)'"))
        }
    }

    /// Adds the activities and groups the later start record's snapshot has and the chosen one lacks.
    mutating func addSnapshotDifferences() {
        let chosen = chosenStart
        let other = chosen.id == ours.start.id ? theirs.start : ours.start
        guard other.id != chosen.id else { return }
        var activities = Set(chosen.plan.activities.map(\.id))
        var groups = Set(chosen.plan.groups)
        for line in lines where line.kind == .addActivity || line.kind == .addGroup {
            if line.kind == .addGroup, let group = line.group(buffers) { groups.insert(group) }
            if line.kind == .addActivity, let id = LineEdit.field(.activity, in: buffers[line.source][line.range]) {
                activities.insert(id)
            }
        }
        for addition in SnapshotCheck.additions(
            from: other, chosen: chosen, presentActivities: activities, presentGroups: groups)
        {
            insert(addition)
            report.addedFromSnapshot.append(addition.label)
        }
    }

    /// The start record the merged journal keeps: the earlier by time, then id.
    var chosenStart: StartRecord {
        let (mine, others) = (ours.start, theirs.start)
        return (others.at, others.id) < (mine.at, mine.id) ? others : mine
    }

    /// The line at `index` now reads `bytes`.
    private mutating func place(_ bytes: [UInt8], at index: Int) {
        let start = buffers[Self.written].count
        buffers[Self.written] += bytes
        lines[index].source = Self.written
        lines[index].range = start..<(start + bytes.count)
    }

    /// A line the merge writes, put before the first line later than it: before every line it
    /// serves (a group's first use, a snapshot's first record), whatever order those lines keep.
    private mutating func insert(_ written: WrittenLine) {
        let start = buffers[Self.written].count
        buffers[Self.written] += written.bytes
        var line = MergeLine(
            source: Self.written, range: start..<(start + written.bytes.count), at: written.at, id: written.id,
            kind: written.kind, groupRange: written.group == nil ? nil : MergeLine.locateGroup(in: written.bytes))
        line.origin = .merge
        lines.insert(line, at: lines.firstIndex { $0.at > written.at } ?? lines.endIndex)
    }
}
