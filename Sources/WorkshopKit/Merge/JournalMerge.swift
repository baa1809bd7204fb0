/// Journals of one session merged: the union of their records by id, in (time, id) order, under the
/// earliest start record. Pure: bytes in, bytes and a report out; writing them is `Session`'s job.
/// Idempotent (a record already held adds nothing) and commutative (A+B and B+A give the same lines,
/// but for the session the start record names).
public enum JournalMerge {
    public struct Outcome: Sendable {
        /// The merged journal, to be replayed and written.
        public var bytes: [UInt8]
        public var report: MergeReport
    }

    /// `others` merged into `ours`, one after another, as session `session`.
    public static func merge(_ ours: MergeJournal, with others: [MergeJournal], groups: GroupPolicy, session: String)
        throws(MergeRefusal) -> Outcome
    {
        var current = ours
        var report = MergeReport()
        var bytes = ours.bytes
        for (number, other) in others.enumerated() {
            var pair = PairMerge(ours: current, theirs: other, policy: groups, session: session)
            bytes = try pair.run()
            report = report.adding(pair.report)
            if number < others.count - 1 { current = try MergeJournal(path: ours.path, bytes: bytes) }
        }
        return Outcome(bytes: bytes, report: report)
    }
}
