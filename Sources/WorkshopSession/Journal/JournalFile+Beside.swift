#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension JournalFile {
    /// Replaces a file no session lock guards (the copy git hands its merge driver) the way
    /// `replace(with:)` replaces a journal: written beside it and synced, renamed over it, the folder
    /// synced. A crash leaves the old file whole or the new one whole.
    package static func replaceUnlocked(path: String, with bytes: [UInt8]) throws(JournalError) {
        _ = try renameIntoPlace(bytes, path: path)
        try syncFolder(of: path)
    }

    /// Replaces the unguarded file with what `beside` wrote, as `replaceUnlocked(path:with:)` does.
    package static func replaceUnlocked(path: String, with beside: BesideWrite) throws(JournalError) {
        try renameIntoPlace(try beside.finish(), path: path)
        try syncFolder(of: path)
    }

    /// Writes `bytes` beside `path` and syncs them, then renames them over it: the first steps of
    /// every replacement. Returns false when `crashAfter` stopped it before the rename.
    package static func renameIntoPlace(_ bytes: [UInt8], path: String, crashAfter: ReplaceStep? = nil) throws(JournalError)
        -> Bool
    {
        let temporary = try writeBeside(bytes, path: path, crashAfter: crashAfter)
        if crashAfter == .written || crashAfter == .synced { return false }
        try renameIntoPlace(temporary, path: path)
        return true
    }

    /// Renames the synced file `temporary` over `path` (removing it if that fails).
    package static func renameIntoPlace(_ temporary: String, path: String) throws(JournalError) {
        guard rename(temporary, path) == 0 else {
            let error = JournalError.from(errno: errno, path: path, operation: "rename")
            unlink(temporary)
            throw error
        }
    }

    /// Writes `bytes` to a new file beside `path` and syncs it; returns its name. Nothing is left
    /// behind when it fails.
    package static func writeBeside(_ bytes: [UInt8], path: String, crashAfter: ReplaceStep? = nil) throws(JournalError) -> String {
        let temporary = path + rewriteSuffix + "\(getpid())"
        unlink(temporary)
        let tempFD = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard tempFD >= 0 else { throw .from(errno: errno, path: path, operation: "rewrite") }
        defer { close(tempFD) }
        do throws(JournalError) {
            if !DirectWrite.write(tempFD, bytes) {
                guard ftruncate(tempFD, 0) == 0, lseek(tempFD, 0, SEEK_SET) == 0 else {
                    throw JournalError.from(errno: errno, path: path, operation: "write")
                }
                try writeAll(tempFD, bytes, path: path)
            }
            if crashAfter == .written { return temporary }
            guard fsync(tempFD) == 0 else { throw JournalError.from(errno: errno, path: path, operation: "fsync") }
        } catch {
            unlink(temporary)
            throw error
        }
        return temporary
    }
}
