import Foundation

/// Runs the built `workshop` binary the way a user or a script does.
public struct WorkshopProcess {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// The binary beside the test bundle (both are built into the same folder), or `$WORKSHOP_BIN`.
    public static var binary: URL {
        if let path = ProcessInfo.processInfo.environment["WORKSHOP_BIN"] { return URL(fileURLWithPath: path) }
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        // On Linux the tests run from `<build>/workshopPackageTests.xctest`; on macOS from inside a bundle.
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("workshop")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return Paths.packageRoot.appendingPathComponent(".build/debug/workshop")
    }

    /// Runs `workshop arguments...` with `input` on standard input (not a terminal), in `directory`.
    /// With `timeout`, a command still running after that many seconds is killed (its status is then
    /// the signal's, 9), so a test of something that used to hang fails rather than hangs.
    public static func run(
        _ arguments: [String], input: String = "", directory: URL? = nil, environment: [String: String] = [:],
        timeout: Double? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        // By default from the temporary folder: a command whose --root went astray must never reach the
        // bundled example at the top of the repository.
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        process.environment = Self.environment(adding: environment)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        if let timeout {
            let pid = process.processIdentifier
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
                if process.isRunning { kill(pid, SIGKILL) }
            }
        }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        // Read both pipes before waiting, so a chatty command never blocks on a full pipe.
        let errData = ReadInBackground(stderr.fileHandleForReading)
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData.wait(), as: UTF8.self))
    }
}

extension WorkshopProcess {
    /// The environment a command runs with: this process's, without `$WORKSHOP_ROOT`, with
    /// `NO_COLOR`, and with `extra`. Spawned and in-process runs share it.
    public static func environment(adding extra: [String: String]) -> [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["WORKSHOP_ROOT"] = nil
        env["NO_COLOR"] = "1"
        for (key, value) in extra { env[key] = value }
        return env
    }
}

/// Drains a pipe on another thread.
private final class ReadInBackground: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    func wait() -> Data {
        done.wait()
        return data
    }
}
