import WorkshopSession

/// What a merge reports for the facilitator to check: cells both sides answered differently, and
/// undos that take back the other side's records.
enum MergeFindings {
    /// Cells in `groups` whose last answer (or withdrawal) on one side differs from the other's. The
    /// one later in the merged order (`MergeOrder`) stands: replay takes lines in that order.
    static func differingCells(
        in lines: [MergeLine], buffers: [[UInt8]], groups: Set<String>, oursPath: String, theirsPath: String
    ) -> [MergeReport.DifferingCell] {
        guard !groups.isEmpty else { return [] }
        // An answer undone (and not redone) does not stand, whichever side undid it.
        var undone = Set<UInt64>()
        for line in lines where line.kind == .undo || line.kind == .redo {
            guard let target = line.target else { continue }
            if line.kind == .undo { undone.insert(target) } else { undone.remove(target) }
        }
        var last: [String: (ours: Int?, theirs: Int?)] = [:]
        for (index, line) in lines.enumerated() where line.kind == .answer || line.kind == .withdraw {
            guard line.origin == .ours || line.origin == .theirs, let group = line.group(buffers), groups.contains(group),
                  !undone.contains(line.id)
            else { continue }
            let bytes = buffers[line.source][line.range]
            let cell = [.activity, .persona, .group, .criterion].compactMap { LineEdit.field($0, in: bytes) }
                .joined(separator: " · ")
            if line.origin == .ours { last[cell, default: (nil, nil)].ours = index } else { last[cell, default: (nil, nil)].theirs = index }
        }
        var result: [MergeReport.DifferingCell] = []
        for (cell, sides) in last.sorted(by: { $0.key < $1.key }) {
            guard let mine = sides.ours, let others = sides.theirs else { continue }
            let left = side(lines[mine], buffers, path: oursPath), right = side(lines[others], buffers, path: theirsPath)
            guard left.answer != right.answer else { continue }
            result.append(mine > others
                ? MergeReport.DifferingCell(cell: cell, standing: left, replaced: right)
                : MergeReport.DifferingCell(cell: cell, standing: right, replaced: left))
        }
        return result
    }

    private static func side(_ line: MergeLine, _ buffers: [[UInt8]], path: String) -> MergeReport.Side {
        let bytes = buffers[line.source][line.range]
        let answer = line.kind == .withdraw ? "withdrawn" : LineEdit.field(.answer, in: bytes) ?? ""
        return MergeReport.Side(answer: answer, by: LineEdit.field(.by, in: bytes) ?? "", at: line.at, path: path)
    }

    /// Undos and redos on one side whose target is a record only the other side held.
    static func crossUndos(in lines: [MergeLine], buffers: [[UInt8]], oursPath: String, theirsPath: String)
        -> [MergeReport.CrossUndo]
    {
        let undos = lines.filter { ($0.kind == .undo || $0.kind == .redo) && ($0.origin == .ours || $0.origin == .theirs) }
        guard !undos.isEmpty else { return [] }
        let targets = Set(undos.compactMap(\.target))
        var originOf: [UInt64: MergeLine.Origin] = [:]
        for line in lines where targets.contains(line.id) { originOf[line.id] = line.origin }
        return undos.compactMap { undo in
            guard let target = undo.target, let targetOrigin = originOf[target],
                  targetOrigin == .ours || targetOrigin == .theirs, targetOrigin != undo.origin
            else { return nil }
            return MergeReport.CrossUndo(
                kind: undo.kind.rawValue, id: undo.id, target: target,
                by: LineEdit.field(.by, in: buffers[undo.source][undo.range]) ?? "",
                path: undo.origin == .ours ? oursPath : theirsPath)
        }
    }
}
