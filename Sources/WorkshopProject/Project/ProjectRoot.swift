import Foundation
import WorkshopSupport

/// The folder `workshop` works in, holding `personas/` and `sessions/`.
public struct ProjectRoot: Hashable, Sendable {
    /// The folder as the user named it, kept for messages (`personas/academic.yaml`).
    public var path: String
    /// Whether opening a session may start from, and write, the checkpoint beside its journal
    /// (`--no-cache` turns it off: every open replays the whole journal and writes none).
    public var checkpoints: Bool
    /// Writes the checkpoints of sessions opened here, in the background; whoever makes the root
    /// waits for it (`finishWriting`) before the process ends. Not part of the root's identity.
    /// Reads and removals of a checkpoint wait only for this writer's writes: two roots on one
    /// folder in one process (a library user's; the CLI makes one writer per command line) should
    /// share a writer, or a redaction's removal might not wait for the other's save.
    public var checkpointWriter: BackgroundWriter

    /// The folder at `path`; `checkpoints` false for `--no-cache`.
    public init(path: String, checkpoints: Bool = true, checkpointWriter: BackgroundWriter = BackgroundWriter()) {
        self.path = path
        self.checkpoints = checkpoints
        self.checkpointWriter = checkpointWriter
    }

    /// The writer a replay reads and writes checkpoints through; nil with `--no-cache`.
    package var replayCheckpoints: BackgroundWriter? { checkpoints ? checkpointWriter : nil }

    /// The same folder, with the same use of checkpoints (the writer is not compared).
    public static func == (left: ProjectRoot, right: ProjectRoot) -> Bool {
        left.path == right.path && left.checkpoints == right.checkpoints
    }

    /// Hashes what `==` compares.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(path)
        hasher.combine(checkpoints)
    }

    /// `--root`, else `WORKSHOP_ROOT`, else the current directory.
    public static func resolve(option: String?, environment: [String: String]) -> ProjectRoot {
        ProjectRoot(path: option ?? environment["WORKSHOP_ROOT"].flatMap { $0.isEmpty ? nil : $0 } ?? ".")
    }

    /// Refuses a root that cannot be a workshop folder: missing, a file, or a folder with neither
    /// `personas/` nor `sessions/`. Commands check it before anything else, so a mistyped root is
    /// named as such rather than as a session or plan that is not there.
    public func check() throws(ProjectError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.isEmpty ? "." : path, isDirectory: &isFolder) else {
            throw .missingRoot(root: path)
        }
        guard isFolder.boolValue else { throw .rootNotAFolder(root: path) }
        guard Self.isFolder(personasFolder) || Self.isFolder(sessionsFolder) else { throw .notAProject(root: path) }
    }

    private static func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    public var personasFolder: String { join("personas") }
    public var sessionsFolder: String { join("sessions") }

    /// `relative` under the root, written the way messages show it.
    public func join(_ relative: String) -> String {
        if path == "." || path.isEmpty { return relative }
        return path.hasSuffix("/") ? path + relative : path + "/" + relative
    }

    public func personaFile(_ id: String) -> String { join("personas/\(id).yaml") }
    public func planFile(_ id: String) -> String { join("sessions/\(id).yaml") }
}
