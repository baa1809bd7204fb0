import Dispatch
import Foundation

/// Parsed chunks handed from the thread that reads them to the one that replays them, at most
/// `slots` waiting: the reader stays a few megabytes ahead, never the whole journal.
package final class ChunkQueue: @unchecked Sendable {  // every member is guarded by `lock` or a semaphore
    private let lock = NSLock()
    private var items: [ParsedChunk] = []
    private var cancelled = false
    private let waiting = DispatchSemaphore(value: 0)
    /// Starts at zero and is signalled `slots` times: libdispatch refuses to free a semaphore
    /// whose value ends below the one it was made with.
    private let free = DispatchSemaphore(value: 0)
    private let slots: Int

    package init(slots: Int) {
        self.slots = slots
        for _ in 0..<slots { free.signal() }
    }

    /// Waits for a free slot and adds `chunk`; once cancelled, drops it at once.
    package func put(_ chunk: ParsedChunk) {
        if isCancelled { return }
        free.wait()
        lock.withLock {
            if !cancelled { items.append(chunk) }
        }
        waiting.signal()
    }

    /// Waits for the next chunk.
    package func take() -> ParsedChunk {
        waiting.wait()
        let chunk = lock.withLock { items.removeFirst() }
        free.signal()
        return chunk
    }

    /// The replay stopped early: the reader is let through and stops at its next chunk.
    package func cancel() {
        lock.withLock { cancelled = true }
        for _ in 0...slots { free.signal() }
    }

    package var isCancelled: Bool { lock.withLock { cancelled } }
}
