#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WorkshopModel
import WorkshopSupport

/// One writer per session: an exclusive `flock` on a hidden lock file beside the journal, holding
/// the writer's process id so a second writer can be told who has it. The kernel drops the lock
/// when its process dies, even by SIGKILL, so a crash never leaves a session locked.
package final class SessionLock {
    private let fd: Int32
    package let path: String

    package init(path: String, session: String) throws(JournalError) {
        self.path = path
        var attempts = 0
        while true {
            let fd: Int32
            // Never through a symbolic link: the lock is truncated and written, and a link could aim
            // that at a plan or a journal.
            switch RegularFile.open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW) {
            case let .success(opened): fd = opened
            case let .failure(failure): throw JournalError.from(failure, path: path, operation: "lock")
            }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                let holder = Self.readPID(fd)
                close(fd)
                throw .inUse(session: session, pid: holder)
            }
            // The previous holder unlinks the file as it leaves; a lock on an unlinked file guards
            // nothing, so make sure the path still names the file we locked.
            if Self.isSameFile(fd, path) || attempts > 100 {
                self.fd = fd
                break
            }
            close(fd)
            attempts += 1
        }
        let pid = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    private static func isSameFile(_ fd: Int32, _ path: String) -> Bool {
        var opened = stat(), named = stat()
        guard fstat(fd, &opened) == 0, stat(path, &named) == 0 else { return false }
        return opened.st_ino == named.st_ino && opened.st_dev == named.st_dev
    }

    private static func readPID(_ fd: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingWhitespace())
    }

    deinit {
        unlink(path)
        close(fd)
    }
}

extension String {
    package func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
