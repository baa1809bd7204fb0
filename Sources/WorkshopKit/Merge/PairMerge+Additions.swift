/// What both sides did once each and replay takes once: an activity or group both added as the
/// session ran (`add-activity`, `add-group`), a record both undid (or redid).
extension PairMerge {
    /// Leaves out an addition when the other side's addition of the same id came before it in the
    /// merged order, and the undos and redos of it: the first addition stands for both. Which one is
    /// first does not depend on which side is merged into which.
    mutating func dropRepeatedAdditions() {
        var firstBy: [String: MergeLine.Origin] = [:]
        var dropped = Set<UInt64>()
        for line in lines where line.kind == .addGroup || line.kind == .addActivity {
            let bytes = buffers[line.source][line.range]
            let name = line.kind == .addGroup ? line.group(buffers) : LineEdit.field(.activity, in: bytes)
            guard let name else { continue }
            let key = "\(line.kind.rawValue) \(name)"
            guard let first = firstBy[key] else {
                firstBy[key] = line.origin
                continue
            }
            if (first == .ours && line.origin == .theirs) || (first == .theirs && line.origin == .ours) {
                dropped.insert(line.id)
            }
        }
        guard !dropped.isEmpty else { return }
        lines.removeAll { line in
            dropped.contains(line.id) || ((line.kind == .undo || line.kind == .redo) && line.target.map(dropped.contains) == true)
        }
    }

    /// Leaves out an undo of a record already undone (or a redo of one standing) at that point of the
    /// merged order: both copies took the same record back, and the first one in the merged order did.
    mutating func dropRepeatedUndos() {
        let targets = Set(lines.lazy.filter { $0.kind == .undo || $0.kind == .redo }.compactMap(\.target))
        guard !targets.isEmpty else { return }
        var standing: [UInt64: Bool] = [:]
        var dropped = Set<Int>()
        for (index, line) in lines.enumerated() {
            if targets.contains(line.id) { standing[line.id] = true }
            guard line.kind == .undo || line.kind == .redo, let target = line.target, let now = standing[target] else { continue }
            let after = line.kind == .redo
            if now == after, line.origin == .ours || line.origin == .theirs {
                dropped.insert(index)
            } else {
                standing[target] = after
            }
        }
        guard !dropped.isEmpty else { return }
        lines = lines.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }
}
