import Foundation
import WorkshopKit

/// The room's writer: submissions queue here and one thread records them. While one write is being
/// synced, the next arrivals gather, and the next write takes them all with one fsync (a group
/// commit); each is acknowledged only after the fsync that covers it.
/// `@unchecked Sendable`: `queue`, `known` and `stopped` are touched only with `condition` held
/// (`known` also by the writer thread alone, between batches).
final class GroupCommit: @unchecked Sendable {
    typealias Waiter = CheckedContinuation<Acknowledgement, Never>
    private let gate: SessionGate
    let condition = NSCondition()
    private var queue: [(Submission, Waiter)] = []
    private var stopped = false
    private let finished = DispatchSemaphore(value: 0)
    /// Record ids already in the journal: a retried submission's id is found here.
    private var known: Set<UInt64>
    /// The persona each table plays: assigned, or the one its first answer chose (a table that has
    /// answered as one persona cannot answer as another). Read with `condition` held.
    private var personas: [String: String]
    private let recorded: @Sendable ([Arrival]) -> Void
    /// Individuals mode: a phone's first record creates its group (`GroupCommit+Individuals`).
    /// Set before the server runs; read by the writer thread.
    var newcomers = false
    /// Groups the writer has seen in the session, so a phone's first record is told from its next
    /// without a look at every group. Writer thread only.
    var present: Set<String> = []
    /// Individuals mode: the most phones that may become raters, and how many are (read by the
    /// room's door with `condition` held, so a full room hands out no more numbers).
    var mostPhones = Int.max
    var phones = 0
    /// Run by `stop()` once the writer has ended, before it returns (the journal's last commit,
    /// `JournalCommitter`). Touched only with `condition` held.
    var whenStopped: [@Sendable () -> Void] = []

    init(gate: SessionGate, assignments: [String: String], recorded: @escaping @Sendable ([Arrival]) -> Void) {
        self.gate = gate
        self.recorded = recorded
        (known, personas) = gate.exclusive { session in
            var chosen: [String: String] = [:]
            for (cell, _) in session.state.currentAnswers { chosen[cell.group] = chosen[cell.group] ?? cell.persona }
            return (Set((0..<session.state.recordCount).map { session.state.recordID($0) }),
                    chosen.merging(assignments) { $1 })
        }
        let thread = Thread { [self] in run() }
        thread.name = "workshop-group-commit"
        thread.start()
    }

    /// Waits until the submission is on disk (or found there already, or refused).
    func submit(_ submission: Submission) async -> Acknowledgement {
        await withCheckedContinuation { (waiter: Waiter) in
            condition.lock()
            if stopped {
                condition.unlock()
                waiter.resume(returning: Self.refusal("room.refusal.writer_closing"))
                return
            }
            queue.append((submission, waiter))
            condition.signal()
            condition.unlock()
        }
    }

    /// The persona `group` plays, if it is settled.
    func persona(of group: String) -> String? {
        condition.lock()
        defer { condition.unlock() }
        return personas[group]
    }

    /// Ends the writer once the queue is empty, and waits for it: when this returns, nothing but
    /// the caller uses the session. Later submissions are refused.
    func stop() {
        condition.lock()
        let first = !stopped, hooks = whenStopped
        stopped = true
        condition.signal()
        condition.unlock()
        if first { finished.wait(); hooks.forEach { $0() } }
    }

    private func run() {
        while true {
            condition.lock()
            while queue.isEmpty && !stopped { condition.wait() }
            let batch = queue
            queue.removeAll()
            let done = stopped && batch.isEmpty
            condition.unlock()
            if done {
                finished.signal()
                return
            }
            write(batch)
        }
    }

    private func write(_ batch: [(Submission, Waiter)]) {
        var fresh: [Submission] = []
        var firstOfID: [UInt64: Int] = [:]
        var outcome: [UInt64: Acknowledgement] = [:]
        condition.lock()
        let creating = newcomers
        // A submission whose records are all on disk already is a retry; one with a record still
        // missing (its note refused, its answer saved) is tried again for that record.
        for (submission, _) in batch
        where !submission.recordIDs.allSatisfy(known.contains) && firstOfID[submission.recordID] == nil {
            // An idea change settles no persona: the idea carries the one the table plays, if any.
            if case let .answer(cell, _, _) = submission.content {
                if let plays = personas[cell.group], plays != cell.persona {
                    outcome[submission.recordID] = Self.refusal("room.refusal.writer_plays", ["plays": plays, "asked": cell.persona])
                    continue
                }
                personas[cell.group] = cell.persona
            }
            firstOfID[submission.recordID] = fresh.count
            fresh.append(submission)
        }
        condition.unlock()
        // An answer with a note is two records; one already on disk (a retry after a partial
        // failure) is not written again.
        var changes = fresh.map { $0.changes(by: Self.person(for: $0.group)).filter { !known.contains($0.id) } }
        let ideas = fresh.contains { $0.ideaChange != nil }
        var turnedAway: [Int: Acknowledgement] = [:]
        let (results, scale, wall) = gate.exclusive { session in
            if creating { turnedAway = addGroups(to: &changes, of: fresh, in: session.state) }
            return (session.record(each: changes.flatMap { $0 }), session.state.plan.scale, ideas ? session.state.ideaWall : IdeaWall())
        }
        var arrivals: [Arrival] = []
        var next = results.startIndex
        for (index, (submission, own)) in zip(fresh, changes).enumerated() {
            if let refusal = turnedAway[index] {
                outcome[submission.recordID] = refusal
                continue
            }
            var refusal: SessionError?
            for (change, result) in zip(own, results[next..<next + own.count]) {
                switch result {
                case .success:
                    known.insert(change.id)
                    if case let .addGroup(group) = change.change { created(group, counted: true) }
                case let .failure(error): refusal = refusal ?? error
                }
            }
            next += own.count
            if let refusal {
                outcome[submission.recordID] = Self.acknowledgement(refusal, for: submission)
                continue
            }
            outcome[submission.recordID] = .saved
            arrivals.append(Arrival(cell: submission.cell, answer: submission.answer?.key(on: scale), noted: submission.note != nil,
                                    idea: submission.ideaChange.map { Self.worded($0, id: submission.recordID, on: wall) }))
        }
        // The first copy of an id gets what happened to it; a copy sent again in the same batch, or
        // an id found in the journal already, was saved before: `duplicate`.
        var answered = Set<UInt64>()
        for (submission, waiter) in batch {
            let id = submission.recordID
            guard let result = outcome[id], answered.insert(id).inserted || result != .saved else {
                waiter.resume(returning: .duplicate)
                continue
            }
            waiter.resume(returning: result)
        }
        if !arrivals.isEmpty { recorded(arrivals) }
    }

    /// What a phone is told: the session's own words, except for the disk's (which name paths on
    /// the laptop, of no use at a table, and are `unwritable`: 507).
    /// The session's own line is English; a phone in another language is told what kind of change
    /// was refused (its dots, its idea, its answer) in its words: the session's refusals of a
    /// phone's change are races (a vote closed, a budget spent on another phone as it tapped).
    static func acknowledgement(_ error: SessionError, for submission: Submission) -> Acknowledgement {
        if case .journal = error { return acknowledgement(error) }
        if case .closed = error { return refusal("room.refusal.closed_answers") }
        let key: String
        switch submission.ideaChange {
        case .dots?: key = "room.refusal.writer_dots"
        case _?: key = "room.refusal.writer_idea"
        case nil: key = "room.refusal.writer_answer"
        }
        return .refused("\(error)", key: key)
    }

    static func acknowledgement(_ error: SessionError) -> Acknowledgement {
        if case .journal = error { return .unwritable(Messages.english["room.refusal.writer_disk"]) }
        if case .closed = error { return refusal("room.refusal.closed_answers") }
        return .refused("\(error)")
    }

    /// A refusal worded by the catalogue: English for the terminal and tests, the key for the phone.
    static func refusal(_ key: String, _ values: [String: String] = [:]) -> Acknowledgement {
        .refused(Messages.english[key, values], key: key, values: values)
    }

    /// Who a phone's answer is recorded as: its table, so the facilitator's `undo` never takes
    /// back a table's answer, and the log shows where each came from.
    static func person(for group: String) -> String { "phone:" + group }
}
