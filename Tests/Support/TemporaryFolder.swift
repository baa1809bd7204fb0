import Foundation

/// A fresh folder under the system's temporary folder, removed when the value is released.
public final class TemporaryFolder: @unchecked Sendable {
    public let url: URL

    public init() {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("workshop-tests-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A folder holding a copy of `source`'s contents.
    public convenience init(copying source: URL) throws {
        self.init()
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) {
            try FileManager.default.copyItem(
                at: source.appendingPathComponent(name), to: url.appendingPathComponent(name))
        }
    }

    public var path: String { url.path }

    /// Every file below the folder with its contents, to prove that a command changed nothing.
    public func snapshot() -> [String: Data] {
        Self.snapshot(of: url)
    }

    public static func snapshot(of url: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: url.path)
        while let relative = enumerator?.nextObject() as? String {
            let full = url.appendingPathComponent(relative).path
            if let data = FileManager.default.contents(atPath: full) { result[relative] = data }
        }
        return result
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
