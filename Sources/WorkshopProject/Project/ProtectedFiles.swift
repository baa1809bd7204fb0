import Foundation

/// The files under a project root that only workshop's own controlled writes touch (appends to a
/// journal, a redaction's atomic replacement, a start's create-only link, the lock): session
/// journals and the files kept beside them, plans, personas and lock files. Every writer of a path
/// a user named (an export's `--output`, the prompt's history file) asks here first, and refuses.
public struct ProtectedFiles: Sendable {
    /// What a protected path is.
    public enum Kind: Hashable, Sendable, CustomStringConvertible {
        case journal(session: String)
        case plan(String)
        case persona(String)
        case lock(session: String)
        /// A torn line set aside, or a rewrite in progress.
        case besideJournal(String)

        public var description: String {
            switch self {
            case let .journal(session): return "the journal of session '\(session)'"
            case let .plan(id): return "the plan '\(id)'"
            case let .persona(id): return "the persona '\(id)'"
            case let .lock(session): return "the lock file of session '\(session)'"
            case let .besideJournal(name): return "'\(name)', kept beside a session's journal"
            }
        }
    }

    public let root: ProjectRoot

    public init(root: ProjectRoot) {
        self.root = root
    }

    /// What writing `path` would replace or create that is workshop's own, or nil. The path is
    /// taken as the write would take it, however spelt: relative to the current folder or absolute,
    /// with `.` and `..`, through symbolic links to a file or to a folder (a dangling link too).
    public func kind(of path: String) -> Kind? {
        let sessions = Self.realPath(root.sessionsFolder), personas = Self.realPath(root.personasFolder)
        for place in Self.places(path) {
            let folder = (place as NSString).deletingLastPathComponent
            let name = (place as NSString).lastPathComponent
            if folder == sessions, let kind = Self.sessionsKind(name) { return kind }
            if folder == personas, let id = Self.yamlID(name) { return .persona(id) }
        }
        return nil
    }

    private static func sessionsKind(_ name: String) -> Kind? {
        if name.hasPrefix("."), name.hasSuffix(".lock") { return .lock(session: String(name.dropFirst().dropLast(5))) }
        if name.hasSuffix(".jsonl") { return .journal(session: String(name.dropLast(6))) }
        if name.contains(".jsonl.") { return .besideJournal(name) }
        return yamlID(name).map(Kind.plan)
    }

    private static func yamlID(_ name: String) -> String? {
        if name.hasSuffix(".yaml") { return String(name.dropLast(5)) }
        if name.hasSuffix(".yml") { return String(name.dropLast(4)) }
        return nil
    }

    /// Where a write to `path` lands: the name in its real folder (a rename replaces a link
    /// itself), and the file its links lead to, followed even when the last one dangles.
    private static func places(_ path: String) -> [String] {
        var places: [String] = []
        var current = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        for _ in 0..<40 {
            if let real = realPath(current) {
                places.append(real)
                break
            }
            let folder = (current as NSString).deletingLastPathComponent
            let name = (current as NSString).lastPathComponent
            guard let realFolder = realPath(folder), name != ".", name != ".." else { break }
            places.append(realFolder + "/" + name)
            // A dangling link: follow it to where a write through it would create a file.
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { break }
            current = target.hasPrefix("/") ? target : realFolder + "/" + target
        }
        if let realFolder = realPath((path as NSString).deletingLastPathComponent.isEmpty
            ? "." : (path as NSString).deletingLastPathComponent) {
            places.append(realFolder + "/" + (path as NSString).lastPathComponent)
        }
        return places
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path.isEmpty ? "." : path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
