import WorkshopSession

/// Journals of one session merged: the union of their records by id, each journal's lines in its own
/// order and the journals interleaved by time (`MergeOrder`), under the earliest start record. Pure:
/// bytes in, bytes and a report out; writing them is `Session`'s job. Idempotent (a record already
/// held adds nothing, and a merge that adds nothing gives the journal merged into byte for byte) and,
/// with `--same-groups`, commutative in what replays (A+B and B+A hold the same lines in the same order).
public enum JournalMerge {
    public struct Outcome: Sendable {
        /// The merged journal, to be replayed and written.
        public var bytes: [UInt8]
        public var report: MergeReport
    }

    /// `others` merged into `ours`, one after another, as session `session`; `by` is who merges.
    public static func merge(
        _ ours: MergeJournal, with others: [MergeJournal], groups: GroupPolicy, session: String, by: String = "workshop"
    ) throws(MergeRefusal) -> Outcome
    {
        var current = ours
        var report = MergeReport()
        var bytes = ours.bytes
        for (number, other) in others.enumerated() {
            var pair = PairMerge(ours: current, theirs: other, policy: groups, session: session, by: by)
            bytes = try pair.run()
            report = report.adding(pair.report)
            if number < others.count - 1 { current = try MergeJournal(path: ours.path, bytes: bytes) }
        }
        return Outcome(bytes: bytes, report: report)
    }
}
