import WorkshopSession

/// What a merge did, for the facilitator to check.
public struct MergeReport: Sendable, Equatable {
    /// Records the merged journal holds that this one did not (the merge's own lines included).
    public var added = 0
    /// Activities and groups only another journal's plan snapshot had, now added by a record.
    public var addedFromSnapshot: [String] = []
    /// Groups of another room, with the ids they now have.
    public var renamedGroups: [Rename] = []
    /// Cells both sides answered differently: which answer stands.
    public var differingCells: [DifferingCell] = []
    /// Undos and redos that name a record from the other side.
    public var crossUndos: [CrossUndo] = []
    /// Journals whose torn last line (a crash mid-write, never acknowledged) was left out.
    public var tornTails: [String] = []
    /// Rules for another copy's groups this merge kept in the journal, for its next merge.
    public var recordedRules: [Decision] = []
    /// Rules kept by an earlier merge of a copy that this one applied, no option given.
    public var appliedRules: [Decision] = []
    /// Actions the merge gave another number than they were known by (copies that numbered alike).
    public var renumberedActions: [RenumberedAction] = []

    public struct RenumberedAction: Sendable, Equatable {
        /// Its record id.
        public var id: UInt64
        /// The number it was known by: in the session merged into, else in its own record.
        public var was: Int
        /// Whether `was` is the session's own (else the record's, from the copy it came from).
        public var wasShownHere: Bool
        /// The number it is known by now.
        public var number: Int
        public var text: String
    }

    /// A rule for a copy's groups: `--room NAME` or `--same-groups`, as the option is typed.
    public struct Decision: Sendable, Equatable {
        public var path: String
        public var rule: String
    }

    public struct Rename: Sendable, Equatable {
        public var from: String
        public var to: String
    }

    /// A cell answered on both sides with different answers. The one later in the merged order stands
    /// (`MergeOrder`: each copy's lines in its file order, the two interleaved by time, the smaller
    /// record id first when the times tie), as replay resolves it on every machine.
    public struct DifferingCell: Sendable, Equatable {
        public var cell: String
        public var standing: Side
        public var replaced: Side
    }

    public struct Side: Sendable, Equatable {
        public var answer: String
        public var by: String
        public var at: Int64
        public var path: String
    }

    public struct CrossUndo: Sendable, Equatable {
        /// `undo` or `redo`.
        public var kind: String
        public var id: UInt64
        public var target: UInt64
        public var by: String
        /// The journal the undo came from.
        public var path: String
    }

    /// This report followed by `next` (a merge of several journals, one after another).
    func adding(_ next: MergeReport) -> MergeReport {
        var sum = self
        sum.added += next.added
        sum.addedFromSnapshot += next.addedFromSnapshot
        sum.renamedGroups += next.renamedGroups
        sum.differingCells += next.differingCells
        sum.crossUndos += next.crossUndos
        sum.tornTails += next.tornTails
        sum.recordedRules += next.recordedRules
        sum.appliedRules += next.appliedRules
        return sum
    }
}
