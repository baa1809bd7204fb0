import Foundation
import WorkshopModel
import WorkshopProject
import WorkshopSession

extension SessionMedians {
    /// The sessions `names` name (ids or unique prefixes), in that order: opened read-only, several
    /// at once (one per core), each reduced to its cells as soon as it is replayed so that only one
    /// replayed journal per core is held at a time. `known`, the state of a session already open (the
    /// prompt's), is used as it is. Each has its meeting number when it belongs to a series. Also returns the
    /// notes of recoveries made while opening (a torn last line ignored).
    public static func load(_ names: [String], root: ProjectRoot, known: SessionState? = nil)
        throws(SessionError) -> (sessions: [SessionMedians], notes: [String])
    {
        var resolved: [String] = []
        for name in names { resolved.append(try Session.resolveID(name, root: root)) }
        let ids = resolved
        let slots = Slots<Result<(SessionMedians, String?), SessionError>>(count: ids.count)
        let known = known.flatMap { ids.contains($0.sessionID) ? (id: $0.sessionID, medians: SessionMedians(state: $0)) : nil }
        DispatchQueue.concurrentPerform(iterations: ids.count) { index in
            if let known, known.id == ids[index] {
                slots.set(index, .success((known.medians, nil)))
                return
            }
            slots.set(index, Result { () throws(SessionError) in
                let session = try Session.open(ids[index], root: root, writable: false)
                return (SessionMedians(state: session.state), session.recovery)
            })
        }
        var sessions: [SessionMedians] = [], notes: [String] = []
        for slot in slots.values {
            guard let slot else { continue }
            let (medians, note) = try slot.get()
            sessions.append(medians)
            if let note { notes.append(note) }
        }
        if sessions.contains(where: { $0.series != nil }) {
            let numbers = Dictionary(Series.all(root: root).flatMap(\.members).map { ($0.session, $0.number) }) { a, _ in a }
            for index in sessions.indices { sessions[index].meeting = numbers[sessions[index].session] }
        }
        return (sessions, notes)
    }
}

/// Results written by parallel workers, each to its own slot.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
