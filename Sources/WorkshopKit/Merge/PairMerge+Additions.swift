/// Activities and groups both sides added as the session ran (`add-activity`, `add-group`): one
/// activity, one group, not a second addition that replay would refuse.
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
}
