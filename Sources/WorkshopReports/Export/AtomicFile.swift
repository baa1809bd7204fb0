import Foundation
import WorkshopProject
import WorkshopSession

/// Writes a file so that a crash never leaves half of it: a temporary file beside it, synced, then
/// moved into place in one step. An existing file is replaced only when `replace` says so, and a
/// file workshop keeps for itself (a journal, plan, persona or lock file) never: `ProtectedFiles`
/// says which, however the path is spelt.
public enum AtomicFile {
    public enum Failure: Error, Hashable, CustomStringConvertible {
        case exists(String)
        case cannotWrite(String, String)
        /// The path names one of workshop's own files.
        case protected(String, ProtectedFiles.Kind)

        public var description: String {
            switch self {
            case let .exists(path): return "'\(path)' already exists; choose another name, or replace it"
            case let .cannotWrite(path, reason): return "cannot write '\(path)': \(reason); nothing was written"
            case let .protected(path, kind):
                return "refusing to write '\(path)': it is \(kind), which no output may replace (with or "
                    + "without --force); nothing was written: choose another file"
            }
        }
    }

    public static func write(_ data: Data, to path: String, replace: Bool, protecting files: ProtectedFiles) throws(Failure) {
        if let kind = files.kind(of: path) { throw .protected(path, kind) }
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotWrite(path, String(cString: strerror(errno))) }
        var written = 0
        let ok = data.withUnsafeBytes { raw -> Bool in
            while written < raw.count, let base = raw.baseAddress {
                let result = Foundation.write(fd, base + written, raw.count - written)
                if result < 0 { if errno == EINTR { continue }; return false }
                written += result
            }
            return true
        }
        let reason = String(cString: strerror(errno))
        guard ok, fsync(fd) == 0 else {
            close(fd)
            unlink(temporary)
            throw .cannotWrite(path, reason)
        }
        close(fd)
        if replace {
            guard rename(temporary, path) == 0 else {
                let reason = String(cString: strerror(errno))
                unlink(temporary)
                throw .cannotWrite(path, reason)
            }
        } else {
            // link() fails if the name is taken, so an existing file is never overwritten by a race.
            let result = link(temporary, path)
            let code = errno
            unlink(temporary)
            if result != 0 { throw code == EEXIST ? .exists(path) : .cannotWrite(path, String(cString: strerror(code))) }
        }
    }
}
