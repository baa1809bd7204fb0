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
    /// Records independent changes with one write and one fsync (a group commit: answers arriving
    /// together from many phones). Unlike `record(all:)`, each change stands alone: one the rules
    /// refuse is left out and the others are still recorded. Each is checked and applied on a copy
    /// of the state first, in order, so a later change sees the earlier ones; memory takes the copy
    /// only once the disk holds every accepted line. When the write fails, none is recorded.
    public func record(each pending: [PendingChange], at time: Int64 = Timestamp.now())
        -> [Result<Int, SessionError>]
    {
        guard let journal else {
            return pending.map { _ in .failure(.journal(.readOnlySession(session: id))) }
        }
        var trial = state
        var lines: [UInt8] = []
        var results: [Result<Int, SessionError>] = []
        results.reserveCapacity(pending.count)
        for item in pending {
            do throws(SessionError) {
                if trial.isClosed { throw .closed(id) }
                let line = try RecordEncoder(state: trial).line(for: item.change, by: item.person, at: time, id: item.id)
                do throws(ReplayProblem) {
                    try line.dropLast().withUnsafeBytes { raw in
                        Result { () throws(ReplayProblem) in try SessionReplay.apply(raw, to: &trial) }
                    }.get()
                } catch {
                    // A refused line may have changed part of the copy: start it again from the
                    // state and the lines accepted so far (rare: callers check what they can first).
                    trial = Self.reapplied(lines, to: state)
                    throw .refused("\(error); nothing was recorded")
                }
                lines += line
                results.append(.success(trial.recordCount - 1))
            } catch {
                results.append(.failure(error))
            }
        }
        guard !lines.isEmpty else { return results }
        do throws(JournalError) {
            try journal.append(lines)
        } catch {
            return results.map { $0.flatMap { _ in .failure(.journal(error)) } }
        }
        state = trial
        return results
    }

    private static func reapplied(_ lines: [UInt8], to state: SessionState) -> SessionState {
        var trial = state
        var start = 0
        for end in lines.indices where lines[end] == 0x0A {
            // These lines were applied once already, to the same state, so they apply again.
            _ = lines[start..<end].withUnsafeBytes { raw in
                Result { () throws(ReplayProblem) in try SessionReplay.apply(raw, to: &trial) }
            }
            start = end + 1
        }
        return trial
    }
}
