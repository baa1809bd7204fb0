/// One change waiting for a group commit: who makes it and the record id it will carry (chosen by
/// the caller, so a retried submission can be recognised by its id).
public struct PendingChange: Sendable {
    public var change: Change
    public var person: String
    public var id: UInt64

    public init(change: Change, person: String, id: UInt64 = RecordID.random()) {
        self.change = change
        self.person = person
        self.id = id
    }
}

extension Session {
    /// Records several changes with one write and one fsync (a transcribed paper sheet) as one
    /// batch: all or none are acknowledged, all or none replayed after a crash, and `undo` takes
    /// them back as one change. Returns how many were recorded.
    @discardableResult
    public func record(all changes: [Change], by person: String, at time: Int64 = Timestamp.now()) throws(SessionError)
        -> Int
    {
        if state.isClosed { throw .closed(id) }
        guard changes.count > 1 else {
            if let change = changes.first { try record(change, by: person, at: time) }
            return changes.count
        }
        guard changes.count <= SessionState.batchLimit else {
            throw .refused("at most \(SessionState.batchLimit) answers in one row; nothing was recorded")
        }
        let encoder = RecordEncoder(state: state)
        let ids = RecordEncoder.batchIDs(count: changes.count)
        var lines = [RecordEncoder.batchHead(count: changes.count, by: person, at: time, id: ids.head)]
        for (change, id) in zip(changes, ids.lines) {
            lines.append(try encoder.line(for: change, by: person, at: time, id: id, batch: ids.head))
        }
        try commit(lines)
        return changes.count
    }

    package static let brokenReason = "the journal could not be read back after a failed write, so memory may not match it; "
        + "nothing more is recorded until the session is opened again (quit and reopen it)"

    /// Records independent changes with one write and one fsync (a group commit: answers arriving
    /// together from many phones). Unlike `record(all:)`, each change stands alone: one the rules
    /// refuse is left out and the others are still recorded, each checked against the state the
    /// earlier ones made. They are applied in place, not on a copy (copying the state for every
    /// burst was a tenth of the live room's time under load); if the write fails, or a rule is
    /// broken half-way through applying a line, the state is read again from the disk, so memory
    /// never keeps what the journal does not hold. The caller holds the session alone meanwhile.
    public func record(each pending: [PendingChange], at time: Int64 = Timestamp.now())
        -> [Result<Int, SessionError>]
    {
        guard let journal else {
            return pending.map { _ in .failure(.journal(.readOnlySession(session: id))) }
        }
        if let broken { return pending.map { _ in .failure(.refused(broken)) } }
        var lines: [UInt8] = []
        var results: [Result<Int, SessionError>] = []
        results.reserveCapacity(pending.count)
        for item in pending {
            do throws(SessionError) {
                if state.isClosed { throw .closed(id) }
                let line = try RecordEncoder(state: state).line(for: item.change, by: item.person, at: time, id: item.id)
                do throws(ReplayProblem) {
                    try line.dropLast().withBytes { (raw) throws(ReplayProblem) in try SessionReplay.apply(raw, to: &state) }
                } catch {
                    reread(adding: lines)
                    throw .refused("\(error); nothing was recorded")
                }
                lines += line
                results.append(.success(state.recordCount - 1))
            } catch {
                results.append(.failure(error))
            }
        }
        guard !lines.isEmpty else { return results }
        do throws(JournalError) {
            try journal.append(lines)
        } catch {
            reread(adding: [])
            return results.map { $0.flatMap { _ in .failure(.journal(error)) } }
        }
        return results
    }

    /// The state as the journal on disk holds it, then `lines` (accepted earlier in this burst,
    /// not yet written) applied again. Rare: only after a refusal the encoder did not foresee, or
    /// a failed write. When even that fails, the session refuses every later change (`broken`).
    private func reread(adding lines: [UInt8]) {
        guard let bytes = try? JournalFile.read(path: path),
              var fresh = try? SessionReplay.replay(JournalBytes(bytes), path: path).state
        else {
            broken = Self.brokenReason
            return
        }
        var start = 0
        for end in lines.indices where lines[end] == 0x0A {
            // Applied once already, to the same state, so they apply again.
            try? lines[start..<end].withBytes { (raw) throws(ReplayProblem) in try SessionReplay.apply(raw, to: &fresh) }
            start = end + 1
        }
        state = fresh
    }
}
