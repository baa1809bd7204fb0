import Foundation

/// The folder `workshop` works in, holding `personas/` and `sessions/`.
public struct ProjectRoot: Hashable, Sendable {
    /// The folder as the user named it, kept for messages (`personas/academic.yaml`).
    public var path: String

    public init(path: String) {
        self.path = path
    }

    /// `--root`, else `WORKSHOP_ROOT`, else the current directory.
    public static func resolve(option: String?, environment: [String: String]) -> ProjectRoot {
        ProjectRoot(path: option ?? environment["WORKSHOP_ROOT"].flatMap { $0.isEmpty ? nil : $0 } ?? ".")
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
