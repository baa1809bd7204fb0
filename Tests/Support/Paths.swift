import Foundation

/// Places in the repository that tests read from.
public enum Paths {
    /// The package root, found from this file's place in `Tests/Support/`.
    public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The bundled example project.
    public static var example: URL { packageRoot.appendingPathComponent("example") }

    /// A fixture folder under `Tests/WorkshopKitTests/Fixtures`.
    public static func fixture(_ name: String) -> URL {
        packageRoot.appendingPathComponent("Tests/WorkshopKitTests/Fixtures").appendingPathComponent(name)
    }
}
