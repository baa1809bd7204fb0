import Foundation

/// Each table's view as JSON, kept for the count it was made at (`RoomBroadcast.generation(of:)`),
/// so the phones of one table, however many, make one view per change to that table, and a change
/// to one table makes none for the others.
/// `@unchecked Sendable`: `entries` is touched only with `lock` held.
final class TableViewCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: (generation: UInt64, json: String)] = [:]

    func json(of group: String, at generation: UInt64) -> String? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[group], entry.generation == generation else { return nil }
        return entry.json
    }

    func store(_ json: String, of group: String, at generation: UInt64) {
        lock.lock()
        defer { lock.unlock() }
        entries[group] = (generation, json)
    }
}
