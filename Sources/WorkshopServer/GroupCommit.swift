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
    private let condition = NSCondition()
    private var queue: [(Submission, Waiter)] = []
    private var stopped = false
    /// Record ids already in the journal: a retried submission's id is found here.
    private var known: Set<UInt64>
    private let recorded: @Sendable ([Arrival]) -> Void

    init(gate: SessionGate, recorded: @escaping @Sendable ([Arrival]) -> Void) {
        self.gate = gate
        self.recorded = recorded
        known = gate.exclusive { session in
            Set((0..<session.state.recordCount).map { session.state.recordID($0) })
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
                waiter.resume(returning: .refused("the room is closing; try again when it is served again"))
                return
            }
            queue.append((submission, waiter))
            condition.signal()
            condition.unlock()
        }
    }

    /// Ends the writer once the queue is empty; later submissions are refused.
    func stop() {
        condition.lock()
        stopped = true
        condition.signal()
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while queue.isEmpty && !stopped { condition.wait() }
            let batch = queue
            queue.removeAll()
            let done = stopped && batch.isEmpty
            condition.unlock()
            if done { return }
            write(batch)
        }
    }

    private func write(_ batch: [(Submission, Waiter)]) {
        var fresh: [Submission] = []
        var firstOfID: [UInt64: Int] = [:]
        for (submission, _) in batch where !known.contains(submission.recordID) && firstOfID[submission.recordID] == nil {
            firstOfID[submission.recordID] = fresh.count
            fresh.append(submission)
        }
        let (results, scale) = gate.exclusive { session in
            (session.record(each: fresh.map {
                PendingChange(change: .answer($0.cell, $0.answer, note: $0.note), person: Self.person(for: $0.cell.group), id: $0.recordID)
            }), session.state.plan.scale)
        }
        var arrivals: [Arrival] = []
        var outcome: [UInt64: Acknowledgement] = [:]
        for (submission, result) in zip(fresh, results) {
            switch result {
            case .success:
                known.insert(submission.recordID)
                outcome[submission.recordID] = .saved
                arrivals.append(Arrival(cell: submission.cell, answer: submission.answer.key(on: scale)))
            case let .failure(error):
                outcome[submission.recordID] = .refused("\(error)")
            }
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

    /// Who a phone's answer is recorded as: its table, so the facilitator's `undo` never takes
    /// back a table's answer, and the log shows where each came from.
    static func person(for group: String) -> String { "phone:" + group }
}
