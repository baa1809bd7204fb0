import WorkshopSession
import WorkshopSupport

/// One journal merged into another: the union of their records by id, each journal's lines in its
/// own order (`MergeOrder`), under one start record, with the rules for groups both sides answered in.
struct PairMerge {
    let ours: MergeJournal
    let theirs: MergeJournal
    /// What the facilitator said (`.ask` when nothing); a rule kept in ours for this copy decides.
    let policy: GroupPolicy
    /// The session the merged journal is (its start record names it).
    let session: String
    /// Who merges: the `by` of a `merge-rule` record written.
    let by: String
    /// The bytes each `MergeLine.source` points into: ours, theirs, and the lines the merge writes.
    var buffers: [[UInt8]]
    var lines: [MergeLine] = []
    var report = MergeReport()
    /// The `--room` an earlier merge of the other copy shows in the records both hold.
    var inferredRule: MergeRule?

    init(ours: MergeJournal, theirs: MergeJournal, policy: GroupPolicy, session: String, by: String) {
        self.ours = ours
        self.theirs = theirs
        self.policy = policy
        self.session = session
        self.by = by
        buffers = [ours.bytes, theirs.bytes, []]
    }

    static let written = 2

    mutating func run() throws(MergeRefusal) -> [UInt8] {
        try SnapshotCheck.check(theirs.start, against: ours.start, path: theirs.path)
        if theirs.hadTornTail { report.tornTails.append(theirs.path) }
        try union()
        let recorded = recordedRule()
        let rule = try Self.decide(given: policy, recorded: recorded, path: theirs.path)
        try TextLimitCheck.check(lines.filter { $0.origin == .theirs }, in: buffers, path: theirs.path)
        let answered = groupsAnswered()
        let both = answered.ours.intersection(answered.theirs)
        switch rule {
        case .ask:
            if !both.isEmpty { throw .sameGroups(path: theirs.path, groups: both.sorted()) }
        case let .room(name):
            try renameGroups(room: name)
        case .same:
            break
        }
        dropRepeatedAdditions()
        try dropRepeatedUndos()
        if rule == .same {
            report.differingCells = MergeFindings.differingCells(
                in: lines, buffers: buffers, groups: both, oursPath: ours.path, theirsPath: theirs.path)
        }
        addSnapshotDifferences()
        report.crossUndos = MergeFindings.crossUndos(in: lines, buffers: buffers, oursPath: ours.path, theirsPath: theirs.path)
        report.added = lines.count { $0.origin == .theirs || $0.origin == .merge }
        if recorded != nil, policy == .ask, report.added > 0 {
            report.appliedRules = [.init(path: theirs.path, rule: MergeRule.words(rule))]
        }
        // A copy of ours' own start (a clone) cannot be told from ours: no rule is kept for it.
        if recorded?.isKept != true, rule != .ask, report.added > 0, theirs.start.id != ours.start.id {
            keep(MergeRule(other: theirs.start.id, policy: rule))
        }
        return try assembled()
    }

    /// Both journals' lines, each record once: a record both hold keeps ours' bytes (theirs' may be
    /// the un-renamed original of a room's record, or an old copy of a redacted one).
    private mutating func union() throws(MergeRefusal) {
        // The two journals are read side by side, one per core.
        let (ours, theirs) = (ours, theirs)
        let read = ParallelMap.map(2) { side in
            Result { () throws(MergeRefusal) in try (side == 0 ? ours : theirs).lines(source: side) }
        }
        let (left, right) = (try read[0].get(), try read[1].get())
        var lines: [MergeLine] = []
        lines.reserveCapacity(left.count + right.count)
        MergeOrder.interleave(left, right) { line, both in
            var line = line
            line.origin = both ? .both : line.source == 0 ? .ours : .theirs
            lines.append(line)
        }
        self.lines = lines
        // Records both hold under different groups: an earlier `--room` merge of this copy.
        var oursGroups: [UInt64: String] = [:]
        let separator = UInt8(ascii: "_")  // GroupPolicy.roomSeparator: only a renamed group holds one
        for line in lines where line.origin == .both {
            guard let group = line.groupBytes(buffers), group.contains(separator) else { continue }
            oursGroups[line.id] = String(decoding: group, as: UTF8.self)
        }
        if !oursGroups.isEmpty {
            inferredRule = MergeRule.inferred(oursGroups: oursGroups, theirs: right, buffers: buffers, other: theirs.start.id)
        }
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
