#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WorkshopSupport

/// The system calls under `JournalFile`: whole writes, whole reads, side files and synced folders.
extension JournalFile {
    /// Writes `bytes` to a new file, synced, for a torn line set aside: never overwrites.
    package static func writeSideFile(path: String, bytes: [UInt8]) throws(JournalError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .from(errno: errno, path: path, operation: "create") }
        defer { close(fd) }
        try writeAll(fd, bytes, path: path)
        guard fsync(fd) == 0 else { throw .from(errno: errno, path: path, operation: "fsync") }
        try syncFolder(of: path)
    }

    /// Opens a journal or a copy of one, refusing anything that is not a regular file (a FIFO
    /// would block here until written to).
    package static func openRegular(_ path: String, _ flags: Int32) throws(JournalError) -> Int32 {
        switch RegularFile.open(path, flags) {
        case let .success(fd): return fd
        case .failure(.system(ENOENT)): throw .notFound(path: path)
        case let .failure(failure): throw .from(failure, path: path, operation: "open")
        }
    }

    package static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(JournalError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return write(fd, base + written, raw.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw .from(errno: errno, path: path, operation: "write")
            }
            written += result
        }
    }

    package static func readAll(_ fd: Int32, path: String) throws(JournalError) -> [UInt8] {
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .from(errno: errno, path: path, operation: "read") }
        let capacity = Int(info.st_size)
        var failure: Int32 = 0
        // Uninitialised: zero-filling a large journal only to overwrite it measured as a tenth of the open.
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            var filled = 0
            while filled < capacity, let base = buffer.baseAddress {
                let result = pread(fd, base + filled, capacity - filled, off_t(filled))
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if result == 0 { break }
                filled += result
            }
            count = filled
        }
        if failure != 0 { throw .from(errno: failure, path: path, operation: "read") }
        return bytes
    }

    package static func syncFolder(of path: String) throws(JournalError) {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let fd = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .from(errno: errno, path: folder, operation: "sync folder") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw .from(errno: errno, path: folder, operation: "sync folder") }
    }
}
