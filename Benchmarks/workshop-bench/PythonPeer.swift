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

    /// `Benchmarks/pandas_peer.py` with `arguments` (a mode and journals): the median of `runs`.
    static func measurePandas(_ arguments: [String], runs: Int, python: String) throws -> Result {
        let script = URL(fileURLWithPath: Self.script).deletingLastPathComponent().appendingPathComponent("pandas_peer.py").path
        var times: [Double] = []
        var cells = 0
        for _ in 0..<runs {
            let output = try Subprocess.run([python, script] + arguments)
            let result = try JSONDecoder().decode(PandasResult.self, from: Data(output.utf8))
            times.append(result.seconds)
            cells = result.cells
        }
        return Result(seconds: times.sorted()[times.count / 2], records: 0, cells: cells)
    }

    private struct PandasResult: Codable {
        var seconds: Double
        var cells: Int
    }
}
