import Foundation

/// Lines from other threads (answers arriving from phones) for the main thread to print: posted
/// here, with a byte written to a pipe the prompt waits on beside the keyboard, so they are
/// printed above the line being typed and never in the middle of it. One per command line, passed
/// in with its `CommandIO`.
/// `@unchecked Sendable`: `lines` is touched only with `lock` held; the pipe is thread-safe.
final class NoticeBoard: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []
    /// The end the main thread waits on (select/poll).
    let readEnd: Int32
    /// The end posts write to; also handed to a signal handler (which may call write(2) and
    /// nothing else here).
    let writeEnd: Int32

    init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK); _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        for end in [readEnd, writeEnd] where end >= 0 { close(end) }
    }

    func post(_ new: [String]) {
        guard !new.isEmpty else { return }
        lock.lock()
        lines += new
        lock.unlock()
        var byte: UInt8 = 1
        _ = write(writeEnd, &byte, 1)
    }

    /// What was posted since the last call, emptied: every line, or in a burst (more than `most`)
    /// the first few and a count of the rest, so a room answering at once does not flood the screen.
    func take(most: Int = 8) -> [String] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(readEnd, &buffer, buffer.count) > 0 {}
        lock.lock()
        let taken = lines
        lines.removeAll()
        lock.unlock()
        guard taken.count > most else { return taken }
        return Array(taken.prefix(most - 1)) + ["… and \(taken.count - most + 1) more answers from phones"]
    }
}
