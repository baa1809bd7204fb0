import Foundation

/// `(0..<count).map(body)` on every core: for independent pieces of work, such as one bootstrap per
/// activity. Each index writes only its own slot, so the results need no lock.
package enum ParallelMap {
    package static func map<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer {
            slots.deinitialize()
            slots.deallocate()
        }
        nonisolated(unsafe) let shared = slots
        DispatchQueue.concurrentPerform(iterations: count) { index in shared[index] = body(index) }
        return slots.compactMap { $0 }
    }
}
