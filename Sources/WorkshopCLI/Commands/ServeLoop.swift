import CReadline
import Foundation
import WorkshopServer

/// `workshop serve` at the shell: serves until Ctrl-C or SIGTERM, printing each answer as it
/// arrives, then stops the server (queued answers written first) and returns.
enum ServeLoop {
    nonisolated(unsafe) static var stopRequested: sig_atomic_t = 0

    /// Called before the server starts its threads, so that they inherit the blocked signals and
    /// Ctrl-C reaches the main thread; the handler also wakes it through the notice pipe.
    static func catchSignals() {
        _ = NoticeBoard.shared
        signal(SIGINT, ServeLoop.requestStop)
        signal(SIGTERM, ServeLoop.requestStop)
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        sigaddset(&blocked, SIGTERM)
        sigprocmask(SIG_BLOCK, &blocked, nil)
    }

    static let requestStop: @convention(c) (Int32) -> Void = { _ in
        ServeLoop.stopRequested = 1
        var byte: UInt8 = 0
        _ = write(NoticeBoard.signalEnd, &byte, 1)
    }

    static func runUntilInterrupted(_ room: LiveRoom) {
        Console.out("Ctrl-C stops serving")
        let board = NoticeBoard.shared
        while stopRequested == 0 {
            // Standard input is watched only for the notice pipe's sake: the pipe is the second fd.
            _ = workshop_wait_for_either(board.readEnd, -1)
            for line in board.take() { Console.out(line) }
        }
        room.stop()
        for line in board.take() { Console.out(line) }
        Console.out("stopped serving \(room.gate.sessionID)")
    }
}
