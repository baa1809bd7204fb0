/// What a merge writes itself: another room's groups renamed, and what one snapshot has that the
/// chosen start record lacks.
extension PairMerge {
    /// Renames the group of every record only the other journal holds to `<room>_<group>`, and adds
    /// each renamed group (just before its first use) unless one of those records adds it.
    mutating func renameGroups(room: String) throws(MergeRefusal) {
        guard Identifier.isValid(room) else { throw .invalidRoom(room) }
        var firstUse: [String: Int64] = [:]
        var added = Set<String>()
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

    /// A line the merge writes, put in its place by time and id.
    private mutating func insert(_ written: WrittenLine) {
        let start = buffers[Self.written].count
        buffers[Self.written] += written.bytes
        var line = MergeLine(
            source: Self.written, range: start..<(start + written.bytes.count), at: written.at, id: written.id,
            kind: written.kind, groupRange: written.group == nil ? nil : MergeLine.locateGroup(in: written.bytes))
        line.origin = .merge
        let place = lines.partitionPoint { MergeLine.precedes(line, $0) }
        lines.insert(line, at: place)
    }

    /// The merged journal: the chosen start line (naming this session) and every line in order.
    func assembled() throws(MergeRefusal) -> [UInt8] {
        let chosen = chosenStart
        let source = chosen.id == ours.start.id ? ours : theirs
        var start = Array(source.bytes[source.startRange])
        if chosen.session != session {
            guard let renamed = LineEdit.replacing("session", with: session, in: start[...]) else {
                throw .unreadable(path: source.path, line: 1, problem: "no 'session' in the start record")
            }
            start = renamed
        }
        // Each line's place in the result first, then the copying in halves, one per core.
        var offsets: [Int] = []
        offsets.reserveCapacity(lines.count)
        var total = start.count + 1
        for line in lines {
            offsets.append(total)
            total += line.range.count + 1
        }
        let (lines, buffers, places) = (lines, buffers, offsets)
        return [UInt8](unsafeUninitializedCapacity: total) { result, count in
            nonisolated(unsafe) let target = UnsafeMutableRawPointer(result.baseAddress!)  // each half writes its own lines
            start.withUnsafeBytes { target.copyMemory(from: $0.baseAddress!, byteCount: $0.count) }
            target.storeBytes(of: 0x0a, toByteOffset: start.count, as: UInt8.self)
            let half = (lines.count + 1) / 2
            _ = ParallelMap.map(2) { part -> Bool in
                for index in (part * half)..<min(lines.count, (part + 1) * half) {
                    let line = lines[index], at = places[index]
                    buffers[line.source].withUnsafeBytes { source in
                        if let base = source.baseAddress {
                            (target + at).copyMemory(from: base + line.range.lowerBound, byteCount: line.range.count)
                        }
                    }
                    target.storeBytes(of: 0x0a, toByteOffset: at + line.range.count, as: UInt8.self)
                }
                return true
            }
            count = total
        }
    }
}

extension Array {
    /// The first index whose element satisfies `belongsAfter` (which must be false, then true).
    fileprivate func partitionPoint(_ belongsAfter: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
