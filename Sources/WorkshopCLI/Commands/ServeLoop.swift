import CReadline
import Foundation
import WorkshopServer

/// `workshop serve` at the shell: serves until Ctrl-C or SIGTERM, printing each answer as it
/// arrives, then stops the server (queued answers written first) and returns.
enum ServeLoop {
    /// Called before the server starts its threads, so that they inherit the blocked signals and
    /// Ctrl-C reaches the main thread; the handler also wakes it through the notice pipe.
    static func catchSignals(waking notices: NoticeBoard) {
        SignalFlags.stopRequested = 0
        SignalFlags.wakeDescriptor = notices.writeEnd
        signal(SIGINT, SignalFlags.requestStop)
        signal(SIGTERM, SignalFlags.requestStop)
        var blocked = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        sigaddset(&blocked, SIGTERM)
        sigprocmask(SIG_BLOCK, &blocked, nil)
    }

    static func runUntilInterrupted(_ room: LiveRoom, notices board: NoticeBoard, console: Console) {
        console.out("Ctrl-C stops serving")
        while SignalFlags.stopRequested == 0 {
            // Standard input is watched only for the notice pipe's sake: the pipe is the second fd.
            _ = workshop_wait_for_either(board.readEnd, -1)
            for line in board.take() { console.out(line) }
        }
        room.stop()
        // The board's pipe closes when it is freed; a later signal must not write to whatever file
        // then reuses its number.
        SignalFlags.wakeDescriptor = -1
        for line in board.take() { console.out(line) }
        console.out("stopped serving \(room.gate.sessionID)")
    }
}
