#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes at a given offset of a file, however many `pwrite` calls it takes.
package enum PositionalWrite {
    /// Writes all of `bytes` at `offset` of `fd`; false when the system refused part of it.
    package static func all(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
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
