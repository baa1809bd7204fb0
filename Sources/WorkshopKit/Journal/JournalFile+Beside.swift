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
        _ = try renameIntoPlace(bytes, path: path)
        try syncFolder(of: path)
    }

    /// Writes `bytes` beside `path` and syncs them, then renames them over it: the first steps of
    /// every replacement. Returns false when `crashAfter` stopped it before the rename.
    static func renameIntoPlace(_ bytes: [UInt8], path: String, crashAfter: ReplaceStep? = nil) throws(JournalError)
        -> Bool
    {
        let temporary = path + rewriteSuffix + "\(getpid())"
        unlink(temporary)
        let tempFD = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard tempFD >= 0 else { throw .from(errno: errno, path: path, operation: "rewrite") }
        defer { close(tempFD) }
        do throws(JournalError) {
            try writeAll(tempFD, bytes, path: path)
            if crashAfter == .written { return false }
            guard fsync(tempFD) == 0 else { throw JournalError.from(errno: errno, path: path, operation: "fsync") }
            if crashAfter == .synced { return false }
            guard rename(temporary, path) == 0 else { throw JournalError.from(errno: errno, path: path, operation: "rename") }
        } catch {
            unlink(temporary)
            throw error
        }
        return true
    }
}
