import Foundation

/// What the signal handlers touch, the only state the tool keeps outside the values it passes:
/// a handler is a C function that can be handed nothing, and may only set a flag or write(2).
enum SignalFlags {
    /// Set by the prompt's SIGINT handler; read by the prompt loop.
    nonisolated(unsafe) static var interruptRequested: sig_atomic_t = 0
    /// Set by SIGINT or SIGTERM while `serve` runs at the shell; read by its loop.
    nonisolated(unsafe) static var stopRequested: sig_atomic_t = 0
    /// The write end of the notice pipe the serve loop waits on, so the handler wakes it.
    nonisolated(unsafe) static var wakeDescriptor: Int32 = -1

    /// `serve`'s handler for SIGINT and SIGTERM.
    static let requestStop: @convention(c) (Int32) -> Void = { _ in
        SignalFlags.stopRequested = 1
        var byte: UInt8 = 0
        _ = write(SignalFlags.wakeDescriptor, &byte, 1)
    }
}
