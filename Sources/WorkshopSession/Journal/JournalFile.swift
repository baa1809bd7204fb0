#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The journal on disk: append-only, one record a line, each append written whole and `fsync`ed
/// before it is acknowledged.
package final class JournalFile {
    package let path: String
    /// Replaced only by `replace(with:)`, which opens the new file.
    private var fd: Int32
    /// Bytes on disk that are acknowledged; a failed append is cut back to this.
    package private(set) var size: Int
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
    package static func create(path: String, lockPath: String, session: String, firstLine: [UInt8]) throws(JournalError)
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

    /// Opens an existing journal for appending, holding the session's lock. Replay reads it through
    /// `descriptor` a chunk at a time (`JournalLines`).
    package static func openForWriting(path: String, lockPath: String, session: String) throws(JournalError) -> JournalFile {
        let lock = try SessionLock(path: lockPath, session: session)
        removeStaleRewrites(of: path)
        let fd = try openRegular(path, O_RDWR | O_APPEND | O_CLOEXEC)
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw .from(errno: errno, path: path, operation: "open")
        }
        return JournalFile(path: path, fd: fd, size: Int(info.st_size), lock: lock)
    }

    /// The open file, for reading its lines.
    package var descriptor: Int32 { fd }

    /// Opens a journal to read it without locking it (status, log, a second copy opened read-only):
    /// the descriptor, to be closed by the caller, and the size to read up to. A writer appending
    /// meanwhile adds lines after that size, which this reader does not see.
    package static func openForReading(path: String) throws(JournalError) -> (fd: Int32, size: Int) {
        let fd = try openRegular(path, O_RDONLY | O_CLOEXEC)
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            close(fd)
            throw .from(errno: errno, path: path, operation: "open")
        }
        return (fd, Int(info.st_size))
    }

    /// The bytes of `range` (a torn last line, to set aside).
    package func bytes(in range: Range<Int>) throws(JournalError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: range.count)
        let count = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress, range.count, off_t(range.lowerBound)) }
        guard count == range.count else { throw .from(errno: count < 0 ? errno : EIO, path: path, operation: "read") }
        return bytes
    }

    /// Reads a journal without locking it (status, log, a second copy opened read-only). Copied, not
    /// mapped: a writer may cut a failed line off the end, which would fault a mapping.
    package static func read(path: String) throws(JournalError) -> [UInt8] {
        let fd = try openRegular(path, O_RDONLY | O_CLOEXEC)
        defer { close(fd) }
        return try readAll(fd, path: path)
    }

    /// Appends one whole line and syncs it. On any failure the file is cut back to its acknowledged
    /// size, so a half-written line never stays behind a refused answer.
    package func append(_ line: [UInt8]) throws(JournalError) {
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
    package func truncate(to length: Int) throws(JournalError) {
        guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else {
            throw .from(errno: errno, path: path, operation: "truncate")
        }
        size = length
    }

    /// The steps of `replace(with:)`, for tests that stop there to see what a crash leaves.
    package enum ReplaceStep: CaseIterable {
        case written, synced, renamed, folderSynced
    }

    /// Replaces the whole journal with `bytes`, the lock held throughout: written beside it and
    /// synced, renamed over it in one step, the folder synced. A crash at any point leaves the old
    /// journal whole or the new one whole. Only a redaction and a merge do this; everything else appends.
    /// `crashAfter` is for tests: the call stops there as if the process had died.
    package func replace(with bytes: [UInt8], crashAfter: ReplaceStep? = nil) throws(JournalError) {
        // A rewrite left by a crashed process with our id is replaced: the lock is ours.
        guard try Self.renameIntoPlace(bytes, path: path, crashAfter: crashAfter) else { return }
        try reopenAfterRename(size: bytes.count, crashAfter: crashAfter)
    }

    /// Replaces the journal with what `beside` wrote (and synced) beside it, as `replace(with:)` does.
    package func replace(with beside: BesideWrite) throws(JournalError) {
        let temporary = try beside.finish()
        var info = stat()
        guard stat(temporary, &info) == 0 else { throw .from(errno: errno, path: path, operation: "rewrite") }
        try Self.renameIntoPlace(temporary, path: path)
        try reopenAfterRename(size: Int(info.st_size), crashAfter: nil)
    }

    private func reopenAfterRename(size newSize: Int, crashAfter: ReplaceStep?) throws(JournalError) {
        if crashAfter == .renamed { return }
        // From here the new journal is the one on disk: append to it, whatever the folder's sync says.
        let newFD = open(path, O_RDWR | O_APPEND | O_CLOEXEC)
        if newFD >= 0 {
            close(fd)
            fd = newFD
            size = newSize
        }
        try Self.syncFolder(of: path)
        if crashAfter == .folderSynced { return }
        guard newFD >= 0 else { throw .from(errno: errno, path: path, operation: "open") }
    }

    /// What follows a journal's name in the file a rewrite writes beside it.
    package static let rewriteSuffix = ".rewrite-"

    /// Removes what crashed rewrites left beside the journal (the lock is ours, so none is running),
    /// and checkpoints a crashed process left half-written under its own name.
    private static func removeStaleRewrites(of path: String) {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let file = String(path[(slash.map { path.index(after: $0) } ?? path.startIndex)...])
        let prefixes = [file + rewriteSuffix, file + Checkpoint.suffix + "-"]
        guard let directory = opendir(folder.isEmpty ? "/" : folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if prefixes.contains(where: name.hasPrefix) { unlink(folder + "/" + name) }
        }
    }
}
