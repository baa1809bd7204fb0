import WorkshopSession

/// What both sides did once each and replay takes once: an activity or group both added as the
/// session ran (`add-activity`, `add-group`), a record both undid (or redid).
extension PairMerge {
    /// Leaves out an addition when the other side's addition of the same id came before it in the
    /// merged order and is still in force there, and the undos and redos of it: the first addition
    /// stands for both. One taken back by then does not: the later one stands (replay takes an id
    /// added again once it is out of force). Neither depends on which side is merged into which.
    mutating func dropRepeatedAdditions() {
        // Per `kind name`: the addition standing for it, its side, and whether it is in force.
        var standing: [String: (id: UInt64, origin: MergeLine.Origin, inForce: Bool)] = [:]
        var keyOf: [UInt64: String] = [:]
        var dropped = Set<UInt64>()
        for line in lines {
            if line.kind == .undo || line.kind == .redo {
                if let target = line.target, let key = keyOf[target], standing[key]?.id == target {
                    standing[key]?.inForce = line.kind == .redo
                }
                continue
            }
            guard line.kind == .addGroup || line.kind == .addActivity else { continue }
            let bytes = buffers[line.source][line.range]
            let name = line.kind == .addGroup ? line.group(buffers) : LineEdit.field(.activity, in: bytes)
            guard let name else { continue }
            let key = "\(line.kind.rawValue) \(name)"
            if let first = standing[key], first.inForce,
               (first.origin == .ours && line.origin == .theirs) || (first.origin == .theirs && line.origin == .ours)
            {
                dropped.insert(line.id)
                continue
            }
            standing[key] = (line.id, line.origin, true)
            keyOf[line.id] = key
        }
        guard !dropped.isEmpty else { return }
        lines.removeAll { line in
            dropped.contains(line.id) || ((line.kind == .undo || line.kind == .redo) && line.target.map(dropped.contains) == true)
        }
    }

    /// Leaves out an undo of a record already undone (or a redo of one standing) at that point of the
    /// merged order: both copies took the same record back, and the first one in the merged order did.
    /// A member of a batch (`undo --walk`) is never left out alone, which would break the batch: the
    /// whole batch is when every member repeats, else the plain undos it repeats are.
    mutating func dropRepeatedUndos() throws(MergeRefusal) {
        let targets = Set(lines.lazy.filter { $0.kind == .undo || $0.kind == .redo }.compactMap(\.target))
        guard !targets.isEmpty else { return }
        var standing: [UInt64: Bool] = [:]
        // The line that last took each target back or put it back, if one copy alone holds it.
        var turnedBy: [UInt64: Int] = [:]
        var dropped = Set<Int>()
        // Per batch, its members that repeat an earlier line, with that line if it is a plain one.
        var repeatsIn: [UInt64: [(member: Int, plain: Int?)]] = [:]
        for (index, line) in lines.enumerated() {
            if targets.contains(line.id) { standing[line.id] = true }
            guard line.kind == .undo || line.kind == .redo, let target = line.target, let now = standing[target] else { continue }
            let after = line.kind == .redo
            let own = line.origin == .ours || line.origin == .theirs
            guard now == after, own else {
                standing[target] = after
                turnedBy[target] = own ? index : nil
                continue
            }
            guard let batch = batchMark(of: line) else {
                dropped.insert(index)
                continue
            }
            let earlier = turnedBy[target].flatMap { batchMark(of: lines[$0]) == nil ? $0 : nil }
            repeatsIn[batch, default: []].append((index, earlier))
        }
        for (batch, repeats) in repeatsIn {
            guard let record = lines.firstIndex(where: { $0.id == batch && $0.kind == .batch }) else { continue }
            if LineEdit.field(.lines, in: buffers[lines[record].source][lines[record].range]) == String(repeats.count) {
                dropped.insert(record)
                dropped.formUnion(repeats.map(\.member))
            } else if let stray = repeats.first(where: { $0.plain == nil }) {
                throw .wouldNotReplay(path: theirs.path, problem: "both copies took back or put back record "
                    + "\(RecordID.format(lines[stray.member].target ?? 0)) in part of an undo --walk or redo --walk")
            } else {
                dropped.formUnion(repeats.compactMap(\.plain))
            }
        }
        guard !dropped.isEmpty else { return }
        lines = lines.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    /// The batch a line is a member of (its `batch` mark), read only for the few repeated undos.
    private func batchMark(of line: MergeLine) -> UInt64? {
        LineEdit.field(.batch, in: buffers[line.source][line.range]).flatMap { text in
            RecordID.parse(text)
        }
    }
}
