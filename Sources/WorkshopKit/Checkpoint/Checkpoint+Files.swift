#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The checkpoint's own file handling: a new file and writes at an offset, every failure just a `nil` or
/// `false`, since a checkpoint that cannot be read or written is only a slower command.
extension Checkpoint {
    /// A new file at `path`, open for writing (one left by a crashed process with this name is replaced).
    static func createFile(_ path: String) -> Int32? {
        unlink(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        return fd >= 0 ? fd : nil
    }

    /// Writes all of `bytes` at `offset` of `fd`.
    static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        var written = 0
        while written < bytes.count {
            let result = pwrite(fd, base + written, bytes.count - written, off_t(offset + written))
            if result < 0 && errno == EINTR { continue }
            if result <= 0 { return false }
            written += result
        }
        return true
    }
}
