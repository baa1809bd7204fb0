#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The journal on disk: append-only, one record a line, each append written whole and `fsync`ed
/// before it is acknowledged.
final class JournalFile {
    let path: String
    private let fd: Int32
    /// Bytes on disk that are acknowledged; a failed append is cut back to this.
    private(set) var size: Int
    private let lock: SessionLock

    private init(path: String, fd: Int32, size: Int, lock: SessionLock) {
        self.path = path
        self.fd = fd
        self.size = size
        self.lock = lock
    }

    deinit {
        close(fd)
    }

    /// Creates the journal with its first line, atomically: written and synced under a temporary
    /// name, then linked into place (which fails if the name is taken), then the folder synced.
    static func create(path: String, lockPath: String, session: String, firstLine: [UInt8]) throws(JournalError)
        -> JournalFile
    {
        let lock = try SessionLock(path: lockPath, session: session)
        let temporary = path + ".creating-\(getpid())"
        let tempFD = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard tempFD >= 0 else { throw .from(errno: errno, path: path, operation: "create") }
        do throws(JournalError) {
            try writeAll(tempFD, firstLine, path: path)
            guard fsync(tempFD) == 0 else { throw JournalError.from(errno: errno, path: path, operation: "fsync") }
        } catch {
            close(tempFD)
            unlink(temporary)
            throw error
        }
        close(tempFD)
        if link(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw code == EEXIST ? .alreadyExists(path: path) : .from(errno: code, path: path, operation: "create")
        }
        unlink(temporary)
        try syncFolder(of: path)
        let fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else { throw .from(errno: errno, path: path, operation: "open") }
        return JournalFile(path: path, fd: fd, size: firstLine.count, lock: lock)
    }

    /// Opens an existing journal for appending, holding the session's lock; returns its bytes too,
    /// mapped rather than copied (a large journal opens faster). Safe because the lock means no
    /// other process can truncate the file under the mapping.
    static func openForWriting(path: String, lockPath: String, session: String) throws(JournalError)
        -> (JournalFile, JournalBytes)
    {
        let lock = try SessionLock(path: lockPath, session: session)
        let fd = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        guard fd >= 0 else {
            throw errno == ENOENT ? .notFound(path: path) : .from(errno: errno, path: path, operation: "open")
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw .from(errno: errno, path: path, operation: "open")
        }
        let size = Int(info.st_size)
        if size > 0, let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), mapped != MAP_FAILED {
            _ = madvise(mapped, size, MADV_SEQUENTIAL)
            return (JournalFile(path: path, fd: fd, size: size, lock: lock), JournalBytes(mapped: mapped, count: size))
        }
        do throws(JournalError) {
            let bytes = try readAll(fd, path: path)
            return (JournalFile(path: path, fd: fd, size: bytes.count, lock: lock), JournalBytes(bytes))
        } catch {
            close(fd)
            throw error
        }
    }

    /// Reads a journal without locking it (status, log, a second copy opened read-only). Copied, not
    /// mapped: a writer may cut a failed line off the end, which would fault a mapping.
    static func read(path: String) throws(JournalError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            throw errno == ENOENT ? .notFound(path: path) : .from(errno: errno, path: path, operation: "open")
        }
        defer { close(fd) }
        return try readAll(fd, path: path)
    }

    /// Appends one whole line and syncs it. On any failure the file is cut back to its acknowledged
    /// size, so a half-written line never stays behind a refused answer.
    func append(_ line: [UInt8]) throws(JournalError) {
        do throws(JournalError) {
            try Self.writeAll(fd, line, path: path)
            guard fdatasync(fd) == 0 else { throw JournalError.from(errno: errno, path: path, operation: "fsync") }
        } catch {
            _ = ftruncate(fd, off_t(size))
            _ = fdatasync(fd)
            throw error
        }
        size += line.count
    }

    /// Cuts a torn last line off the journal after it has been set aside.
    func truncate(to length: Int) throws(JournalError) {
        guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else {
            throw .from(errno: errno, path: path, operation: "truncate")
        }
        size = length
    }

    /// Writes `bytes` to a new file, synced, for a torn line set aside: never overwrites.
    static func writeSideFile(path: String, bytes: [UInt8]) throws(JournalError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .from(errno: errno, path: path, operation: "create") }
        defer { close(fd) }
        try writeAll(fd, bytes, path: path)
        guard fsync(fd) == 0 else { throw .from(errno: errno, path: path, operation: "fsync") }
        try syncFolder(of: path)
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(JournalError) {
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

    private static func readAll(_ fd: Int32, path: String) throws(JournalError) -> [UInt8] {
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

    static func syncFolder(of path: String) throws(JournalError) {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        let fd = open(folder.isEmpty ? "/" : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .from(errno: errno, path: folder, operation: "sync folder") }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw .from(errno: errno, path: folder, operation: "sync folder") }
    }
}
