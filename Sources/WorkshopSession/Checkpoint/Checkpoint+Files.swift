#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The checkpoint's own file handling, every failure just a `nil` or `false` (with
/// `PositionalWrite`), since a checkpoint that cannot be read or written is only a slower command.
extension Checkpoint {
    /// A new file at `path`, open for writing (one left by a crashed process with this name is replaced).
    package static func createFile(_ path: String) -> Int32? {
        unlink(path)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        return fd >= 0 ? fd : nil
    }
}
