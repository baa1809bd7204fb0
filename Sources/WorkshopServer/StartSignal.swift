import Foundation

/// The server's first word, waited for by the thread that started it: listening (on which port),
/// or the error that stopped it binding.
/// `@unchecked Sendable`: `result` is touched only with `lock` held.
final class StartSignal: @unchecked Sendable {
    private let lock = NSLock()
    private let first = DispatchSemaphore(value: 0)
    private let last = DispatchSemaphore(value: 0)
    private var result: Result<Int, any Error>?

    func finish(_ outcome: Result<Int, any Error>) {
        lock.lock()
        let isFirst = result == nil
        if isFirst { result = outcome }
        lock.unlock()
        if isFirst { first.signal() }
    }

    func wait() -> Result<Int, any Error> {
        first.wait()
        lock.lock()
        defer { lock.unlock() }
        return result!
    }

    /// The server task has returned.
    func ended() { last.signal() }

    /// Waits for the server task to return, at most `seconds`.
    func waitEnded(seconds: Double) { _ = last.wait(timeout: .now() + seconds) }
}
