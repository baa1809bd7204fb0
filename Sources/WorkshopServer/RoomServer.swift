import Hummingbird
import Logging
import ServiceLifecycle

/// The web server running in the background, and its graceful end: the listening socket closes,
/// each connection already accepted has its request answered and is then closed, and only a
/// request still unanswered after `grace` seconds is cancelled.
/// Stopping by cancelling the server's task instead (as before) dropped connections that NIO had
/// accepted but not yet handed to a handler; NIO traps (SIGILL) when such a connection's writer is
/// released unfinished, which crashed `serve` stopped under load, at the shell and at the prompt.
final class RoomServer: Sendable {
    /// Seconds an unanswered request (a body still arriving, say) may hold up a stop.
    static let grace: Int64 = 3
    private let group: ServiceGroup
    private let signal: StartSignal

    /// Starts `app` in the background; `signal` hears when it listens or fails to, and when it ends.
    init(_ app: some ApplicationProtocol, signal: StartSignal, logger: Logger) {
        // No signals here: the CLI decides what Ctrl-C and SIGTERM do, and calls `stop()`.
        var configuration = ServiceGroupConfiguration(services: [app], logger: logger)
        configuration.maximumGracefulShutdownDuration = .seconds(Self.grace)
        configuration.maximumCancellationDuration = .seconds(2)
        let group = ServiceGroup(configuration: configuration)
        self.group = group
        self.signal = signal
        Task.detached {
            do {
                try await group.run()
            } catch {
                signal.finish(.failure(error))
            }
            signal.ended()
        }
    }

    /// Asks the server to stop gracefully and waits until it has (at most the grace period and the
    /// cancellation's, plus a second).
    func stop() {
        let group = self.group
        Task.detached { await group.triggerGracefulShutdown() }
        signal.waitEnded(seconds: Double(Self.grace) + 3)
    }
}
