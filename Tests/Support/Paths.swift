import Foundation

/// Places in the repository that tests read from.
public enum Paths {
    /// The package root, found from this file's place in `Tests/Support/`.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled example project: `personas/` and `sessions/` at the top of the repository.
    public static var example: URL { packageRoot }

    /// The folders of the bundled example, the only ones a copy of it takes.
    public static let exampleFolders = ["personas", "sessions"]

    /// A fixture folder under `Tests/WorkshopKitTests/Fixtures`.
    public static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/WorkshopKitTests/Fixtures").appendingPathComponent(name)
    }
}
