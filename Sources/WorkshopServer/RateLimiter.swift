import Foundation

/// A token bucket per room token: a table's phones together may send `burst` requests at once and
/// `perSecond` after that. The burst lets ten phones on one link send all their answers at once
/// (about 220 with retries in the load test); the rate after it is above what people tapping
/// buttons keep up (ten phones answering fourteen activities send about 140 in a minute), low
/// enough that one runaway or hostile client cannot fill the journal or starve the other tables.
/// `@unchecked Sendable`: `buckets` is touched only with `lock` held.
final class RateLimiter: @unchecked Sendable {
    private let lock = NSLock()
    private var buckets: [String: (tokens: Double, at: Double)] = [:]
    /// A time that stands still in place of the system's, for tests that must not depend on how
    /// fast a loaded machine reaches the next request (the bucket refills 10 a second).
    private var stoppedAt: Double?
    let burst: Double
    let perSecond: Double

    init(burst: Double = 300, perSecond: Double = 10) {
        self.burst = burst
        self.perSecond = perSecond
    }

    /// Nil when `key` may go ahead (and a request is counted), else the seconds to wait.
    func wait(for key: String, now: Double? = nil) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        let now = now ?? stoppedAt ?? ProcessInfo.processInfo.systemUptime
        var bucket = buckets[key] ?? (burst, now)
        bucket.tokens = min(burst, bucket.tokens + (now - bucket.at) * perSecond)
        bucket.at = now
        guard bucket.tokens >= 1 else {
            buckets[key] = bucket
            return max(1, Int(((1 - bucket.tokens) / perSecond).rounded(.up)))
        }
        bucket.tokens -= 1
        buckets[key] = bucket
        return nil
    }

    /// Stops the limiter's clock at `time`: every later request is counted as made then.
    func stopClock(at time: Double) {
        lock.lock()
        defer { lock.unlock() }
        stoppedAt = time
    }
}
