#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JournalFile {
    /// Replaces a file no session lock guards (the copy git hands its merge driver) the way
    /// `replace(with:)` replaces a journal: written beside it and synced, renamed over it, the folder
    /// synced. A crash leaves the old file whole or the new one whole.
    static func replaceUnlocked(path: String, with bytes: [UInt8]) throws(JournalError) {
        let temporary = path + rewriteSuffix + "\(getpid())"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .from(errno: errno, path: path, operation: "rewrite") }
        do throws(JournalError) {
            try writeAll(fd, bytes, path: path)
            guard fsync(fd) == 0 else { throw JournalError.from(errno: errno, path: path, operation: "fsync") }
            guard rename(temporary, path) == 0 else { throw JournalError.from(errno: errno, path: path, operation: "rename") }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        try syncFolder(of: path)
    }
}
