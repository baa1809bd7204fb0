#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The checkpoint's own file handling: mapped reads and whole writes, every failure just a `nil` or
/// `false`, since a checkpoint that cannot be read or written is only a slower command.
extension Checkpoint {
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
