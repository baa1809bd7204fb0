#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The checkpoint's own file handling: whole reads and writes, every failure just a `nil` or
/// `false`, since a checkpoint that cannot be read or written is only a slower command.
extension Checkpoint {
    /// The file's bytes; nil when it is missing, unreadable, or larger than any checkpoint should be.
    static func readFile(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_size > 0, info.st_size < Int64(Int32.max) else { return nil }
        let size = Int(info.st_size)
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            var filled = 0
            while filled < size, let base = buffer.baseAddress {
                let result = pread(fd, base + filled, size - filled, off_t(filled))
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { break }
                filled += result
            }
            complete = filled == size
            count = filled
        }
        return complete ? bytes : nil
    }

    /// Writes `parts` one after another to a new file at `path` (one left by a crashed process with
    /// this process's id is replaced).
    static func writeFile(_ path: String, _ parts: [[UInt8]]) -> Bool {
        unlink(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        for part in parts {
            var written = 0
            while written < part.count {
                let result = part.withUnsafeBytes { raw -> Int in
                    guard let base = raw.baseAddress else { return 0 }
                    return write(fd, base + written, raw.count - written)
                }
                if result < 0 && errno == EINTR { continue }
                if result <= 0 { return false }
                written += result
            }
        }
        return true
    }
}
