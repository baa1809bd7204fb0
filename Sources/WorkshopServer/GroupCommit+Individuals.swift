import WorkshopKit

extension GroupCommit {
    /// Lets an individual's first record create its group, in the same write (individuals mode),
    /// until `most` phones are raters; `existing` are already.
    func admitNewcomers(most: Int, existing: Int) {
        condition.lock()
        newcomers = true
        mostPhones = most
        phones = existing
        condition.unlock()
    }

    /// Whether as many phones as the room takes are raters already.
    var isFull: Bool {
        condition.lock()
        defer { condition.unlock() }
        return phones >= mostPhones
    }

    /// The writer's record of what it created (`GroupCommit+Individuals`).
    func created(_ group: String, counted: Bool) {
        present.insert(group)
        guard counted else { return }
        condition.lock()
        phones += 1
        condition.unlock()
    }

    /// Individuals mode: each phone whose group the session does not have yet gets an `add-group`
    /// record put before its first change, so the group and its first answer (or idea, or dots)
    /// reach the journal in the same write and fsync, and a phone that never answers leaves no trace.
    /// The record's id is derived from the first change's, so a retry of it is found like any other.
    /// Returns the submissions turned away, by index, with why: a phone the facilitator removed
    /// (it must not come back as a new rater after a restart), or one past the room's cap.
    func addGroups(to changes: inout [[PendingChange]], of fresh: [Submission], in state: SessionState) -> [Int: Acknowledgement] {
        var active: Set<String>?
        var turnedAway: [Int: Acknowledgement] = [:]
        var adding = 0
        let room = (most: mostPhones, phones: phones)
        for (index, submission) in fresh.enumerated() where !changes[index].isEmpty {
            let group = submission.group
            guard !present.contains(group), IndividualToken.number(ofGroup: group) != nil else { continue }
            // A group added at the prompt meanwhile is found here: the set is made once per batch, only on a miss.
            if active == nil { active = Set(state.activeGroups) }
            if active?.contains(group) == true {
                created(group, counted: false)
                continue
            }
            if state.ids.groups.index(of: group) != nil {
                turnedAway[index] = Self.refusal("room.refusal.writer_removed")
                changes[index] = []
                continue
            }
            guard room.phones + adding < room.most else {
                turnedAway[index] = Self.refusal("room.refusal.writer_full", ["most": String(room.most)])
                changes[index] = []
                continue
            }
            let id = SubmissionID.groupID(changes[index][0].id)
            changes[index].insert(PendingChange(change: .addGroup(group), person: Self.person(for: group), id: id), at: 0)
            active?.insert(group)
            adding += 1
        }
        return turnedAway
    }
}
