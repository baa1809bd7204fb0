import WorkshopKit

extension GroupCommit {
    /// Individuals mode: each phone whose group the session does not have yet gets an `add-group`
    /// record put before its first change, so the group and its first answer (or idea, or dots)
    /// reach the journal in the same write and fsync, and a phone that never answers leaves no trace.
    /// The record's id is derived from the first change's, so a retry of it is found like any other.
    func addGroups(to changes: inout [[PendingChange]], of fresh: [Submission], in state: SessionState) {
        var active: Set<String>?
        for (index, submission) in fresh.enumerated() where !changes[index].isEmpty {
            let group = submission.group
            guard !present.contains(group), IndividualToken.number(ofGroup: group) != nil else { continue }
            // A group added at the prompt meanwhile is found here: the set is made once per batch, only on a miss.
            if active == nil { active = Set(state.activeGroups) }
            if active?.contains(group) == true {
                present.insert(group)
                continue
            }
            let id = SubmissionID.groupID(changes[index][0].id)
            changes[index].insert(PendingChange(change: .addGroup(group), person: Self.person(for: group), id: id), at: 0)
            active?.insert(group)
        }
    }
}
