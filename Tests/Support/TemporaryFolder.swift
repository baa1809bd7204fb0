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

/// A copy of the bundled example to run sessions in, so tests never touch the repository.
public final class ExampleCopy: @unchecked Sendable {
    public let folder: TemporaryFolder

    public init() throws {
        folder = TemporaryFolder()
        for name in Paths.exampleFolders {
            try FileManager.default.copyItem(
                at: Paths.example.appendingPathComponent(name), to: folder.url.appendingPathComponent(name))
        }
    }

    public var path: String { folder.path }
    public var url: URL { folder.url }

    /// Removes the journals of the bundled action learning set, for tests that build a series of their own.
    public func removeBundledLearningSet() throws {
        for meeting in 1...3 {
            try FileManager.default.removeItem(at: journal("learning-set-\(meeting)"))
        }
    }

    /// The journal file of a session.
    public func journal(_ session: String) -> URL {
        url.appendingPathComponent("sessions/\(session).jsonl")
    }

    /// Runs the `workshop` binary with `--root` pointing here.
    public func run(_ arguments: [String], input: String = "", environment: [String: String] = [:],
                    timeout: Double? = nil) throws -> WorkshopProcess.Result
    {
        try WorkshopProcess.run(arguments + ["--root", path], input: input, environment: commandEnvironment(environment),
                                timeout: timeout)
    }

    /// What a command run here adds to the environment: `anna` as the facilitator, then `extra`.
    public func commandEnvironment(_ extra: [String: String]) -> [String: String] {
        var env = ["WORKSHOP_FACILITATOR": "anna"]
        for (key, value) in extra { env[key] = value }
        return env
    }
}
