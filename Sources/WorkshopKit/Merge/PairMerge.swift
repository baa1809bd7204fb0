/// One journal merged into another: the union of their records by id in (time, id) order, under one
/// start record, with the rules for groups both sides answered in.
struct PairMerge {
    let ours: MergeJournal
    let theirs: MergeJournal
    let policy: GroupPolicy
    /// The session the merged journal is (its start record names it).
    let session: String
    /// The bytes each `MergeLine.source` points into: ours, theirs, and the lines the merge writes.
    var buffers: [[UInt8]]
    var lines: [MergeLine] = []
    var report = MergeReport()

    init(ours: MergeJournal, theirs: MergeJournal, policy: GroupPolicy, session: String) {
        self.ours = ours
        self.theirs = theirs
        self.policy = policy
        self.session = session
        buffers = [ours.bytes, theirs.bytes, []]
    }

    static let written = 2

    mutating func run() throws(MergeRefusal) -> [UInt8] {
        try SnapshotCheck.check(theirs.start, against: ours.start, path: theirs.path)
        if theirs.hadTornTail { report.tornTails.append(theirs.path) }
        try union()
        let answered = groupsAnswered()
        let both = answered.ours.intersection(answered.theirs)
        switch policy {
        case .ask:
            if !both.isEmpty { throw .sameGroups(path: theirs.path, groups: both.sorted()) }
        case let .room(name):
            try renameGroups(room: name)
        case .same:
            report.differingCells = MergeFindings.differingCells(
                in: lines, buffers: buffers, groups: both, oursPath: ours.path, theirsPath: theirs.path)
        }
        addSnapshotDifferences()
        report.crossUndos = MergeFindings.crossUndos(in: lines, buffers: buffers, oursPath: ours.path, theirsPath: theirs.path)
        report.added = lines.count { $0.origin == .theirs || $0.origin == .merge }
        return try assembled()
    }

    /// Both journals' lines in merge order, each record once. A record in both keeps one copy: the
    /// shorter line (a redaction blanked it), then the smaller bytes, so A+B and B+A agree.
    private mutating func union() throws(MergeRefusal) {
        // The two journals are read side by side, one per core.
        let (ours, theirs) = (ours, theirs)
        let read = ParallelMap.map(2) { side in
            Result { () throws(MergeRefusal) in try (side == 0 ? ours : theirs).lines(source: side) }
        }
        let (left, right) = (try read[0].get(), try read[1].get())
        var lines: [MergeLine] = []
        lines.reserveCapacity(left.count + right.count)
        MergeLine.forEachMerged(left, right) { line in
            if let last = lines.last, last.id == line.id, last.at == line.at {
                if last.source != line.source {
                    lines[lines.count - 1].origin = .both
                    if prefer(line, over: last) {
                        lines[lines.count - 1].source = line.source
                        lines[lines.count - 1].range = line.range
                    }
                }
                return
            }
            var line = line
            line.origin = line.source == 0 ? .ours : .theirs
            lines.append(line)
        }
        self.lines = lines
    }

    private func prefer(_ line: MergeLine, over other: MergeLine) -> Bool {
        if line.range.count != other.range.count { return line.range.count < other.range.count }
        return buffers[line.source][line.range].lexicographicallyPrecedes(buffers[other.source][other.range])
    }

    /// The groups each side alone answered or withdrew in.
    private func groupsAnswered() -> (ours: Set<String>, theirs: Set<String>) {
        var mine = Set<String>(), others = Set<String>()
        var lastMine: ArraySlice<UInt8> = [], lastOthers: ArraySlice<UInt8> = []
        for line in lines where line.kind == .answer || line.kind == .withdraw {
            guard line.origin == .ours || line.origin == .theirs, let group = line.groupBytes(buffers) else { continue }
            // Answers come in runs from one group: no string or hash when it is the one just seen.
            if line.origin == .ours {
                if group.elementsEqual(lastMine) { continue }
                mine.insert(String(decoding: group, as: UTF8.self))
                lastMine = group
            } else {
                if group.elementsEqual(lastOthers) { continue }
                others.insert(String(decoding: group, as: UTF8.self))
                lastOthers = group
            }
        }
        return (mine, others)
    }
}
