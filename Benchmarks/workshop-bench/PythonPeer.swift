import Foundation

/// The Python peer (`Benchmarks/python_peer.py`) reading the same journal, timed inside the script.
enum PythonPeer {
    struct Result: Codable {
        var seconds: Double
        var records: Int
        var cells: Int
    }

    static var script: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("python_peer.py").path
    }

    static func measure(path: String, runs: Int, python: String, medians: Bool = false) throws -> Result {
        var results: [Result] = []
        for _ in 0..<runs {
            let output = try Subprocess.run([python, script, path] + (medians ? ["--medians"] : []))
            results.append(try JSONDecoder().decode(Result.self, from: Data(output.utf8)))
        }
        var median = results.sorted { $0.seconds < $1.seconds }[results.count / 2]
        median.records = results[0].records
        return median
    }
}
