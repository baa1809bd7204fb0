import Foundation
import WorkshopKit

/// Opening a session, timed in a process of its own so its peak memory is its own.
enum MeasureOpen {
    struct Result: Codable {
        var seconds: Double
        var peakMegabytes: Double
        var records: Int
    }

    static func runChild(path: String, summarise: Bool) {
        let url = URL(fileURLWithPath: path)
        let root = ProjectRoot(path: url.deletingLastPathComponent().deletingLastPathComponent().path)
        let id = url.deletingPathExtension().lastPathComponent
        let start = DispatchTime.now().uptimeNanoseconds
        // Writable, as a facilitator's 'open' is: the lock, the mapping and the replay.
        guard let session = try? Session.open(id, root: root, writable: true) else {
            FileHandle.standardError.write(Data("cannot open \(path)\n".utf8))
            exit(1)
        }
        if summarise { _ = SessionSummary(state: session.state) }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let result = Result(seconds: seconds, peakMegabytes: peakMegabytes(), records: session.state.recordCount)
        if let data = try? JSONEncoder().encode(result) { print(String(decoding: data, as: UTF8.self)) }
    }

    /// The process's peak resident memory (Linux reports kilobytes).
    static func peakMegabytes() -> Double {
        var usage = rusage()
        getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    /// Runs the child `runs` times; the median time and the largest peak.
    static func measure(path: String, runs: Int, summarise: Bool = false) throws -> Result {
        var results: [Result] = []
        for _ in 0..<runs {
            let output = try Subprocess.run([CommandLine.arguments[0], summarise ? "--measure-summary" : "--measure-open", path])
            results.append(try JSONDecoder().decode(Result.self, from: Data(output.utf8)))
        }
        let median = results.map(\.seconds).sorted()[results.count / 2]
        return Result(seconds: median, peakMegabytes: results.map(\.peakMegabytes).max() ?? 0,
                      records: results.first?.records ?? 0)
    }
}

/// Running another program and reading what it prints.
enum Subprocess {
    static func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.executableLoad) }
        return String(decoding: data, as: UTF8.self)
    }
}
