#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files workshop reads and writes as its own (journals and the files beside them, plans,
/// personas, a merge's inputs) are opened only when they are regular files. A FIFO at such a path
/// would block the open until something wrote to it, with the session's lock held and Ctrl-C
/// ignored; a device or a folder is no journal either. Opened without blocking, checked, then put
/// back in blocking mode.
public enum RegularFile {
    public enum Failure: Error, Equatable, Sendable {
        /// The open itself failed: `errno`.
        case system(Int32)
        /// Something is there, but not a regular file: what it is ("a FIFO", "a folder"...).
        case notRegular(String)
    }

    /// A descriptor for `path` opened with `flags` (and `mode`, when it creates it), if it is a
    /// regular file.
    public static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o644) -> Result<Int32, Failure> {
        #if canImport(Glibc)
        let fd = Glibc.open(path, flags | O_NONBLOCK, mode)
        #else
        let fd = Darwin.open(path, flags | O_NONBLOCK, mode)
        #endif
        guard fd >= 0 else {
            // With O_NOFOLLOW a symbolic link at the path is refused as ELOOP.
            if errno == ELOOP, flags & O_NOFOLLOW != 0 { return .failure(.notRegular("a symbolic link")) }
            return .failure(.system(errno))
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            close(fd)
            return .failure(.system(code))
        }
        guard isRegular(info.st_mode) else {
            close(fd)
            return .failure(.notRegular(kind(of: info.st_mode)))
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        return .success(fd)
    }

    /// What is at `path` when something other than a regular file is there (symbolic links
    /// followed); nil when nothing is there or it is a regular file.
    public static func otherKind(at path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, !isRegular(info.st_mode) else { return nil }
        return kind(of: info.st_mode)
    }

    package static func isRegular(_ mode: mode_t) -> Bool { mode & S_IFMT == S_IFREG }

    package static func kind(of mode: mode_t) -> String {
        switch mode & S_IFMT {
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFDIR: "a folder"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}
