import Foundation

/// The projector's view as JSON, kept for the change count it was made at, so fifty open streams
/// make one view per change rather than fifty.
/// `@unchecked Sendable`: `entry` is touched only with `lock` held.
final class ViewCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entry: (generation: UInt64, json: String)?

    func json(at generation: UInt64) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return entry?.generation == generation ? entry?.json : nil
    }

    func store(_ json: String, at generation: UInt64) {
        lock.lock()
        defer { lock.unlock() }
        entry = (generation, json)
    }
}
