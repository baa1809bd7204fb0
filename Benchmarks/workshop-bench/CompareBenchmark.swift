import Foundation
import WorkshopKit

/// Across meetings: `compare` of two sessions of a million answers and `trend` over a series of 20
/// meetings of 100k answers, each timed in a child process of its own (journals read, cells
/// compared, the JSON form encoded), against the pandas peer (`Benchmarks/pandas_peer.py`) reading
/// the same journals in the same run.
enum CompareBenchmark {
    static let series = "bench-series"

    static func run(options: BenchOptions, root: ProjectRoot) -> [String] {
        var lines = ["", "| across meetings | ours s | peak MB | pandas peer s | peer / ours | cells: ours, peer |",
                     "| --- | ---: | ---: | ---: | ---: | ---: |"]
        do {
            let first = try SessionGenerator.ensure(answers: options.compareAnswers, root: root)
            let second = try SessionGenerator.ensure(answers: options.compareAnswers, root: root, id: "bench-\(options.compareAnswers)-b")
            let meetings = try (1...options.meetings).map { number in
                try SessionGenerator.ensure(
                    answers: options.meetingAnswers, root: root, id: String(format: "\(series)-%02d", number),
                    series: series, date: String(format: "2020-01-%02d", number))
            }
            let cases = [
                ("compare: two sessions of \(options.compareAnswers) answers", ["--measure-compare", root.path, first, second],
                 ["compare"] + [first, second].map { Session.journalPath(root: root, id: $0) }),
                ("trend: \(options.meetings) meetings of \(options.meetingAnswers) answers", ["--measure-trend", root.path, series],
                 ["trend"] + meetings.map { Session.journalPath(root: root, id: $0) }),
            ]
            for (label, child, peer) in cases {
                let ours = try measure(child, runs: options.runs)
                let pandas = try PythonPeer.measurePandas(peer, runs: max(1, min(options.runs, 3)), python: options.python)
                lines.append(String(format: "| %@ | %.3f | %.0f | %.3f | %.1f× | %d, %d |", label, ours.seconds, ours.peakMegabytes,
                                    pandas.seconds, pandas.seconds / ours.seconds, ours.records, pandas.cells))
            }
        } catch {
            lines.append("| failed: \(error) | | | | | |")
        }
        return lines
    }

    /// Runs the child `runs` times: the median time and the largest peak.
    private static func measure(_ arguments: [String], runs: Int) throws -> MeasureOpen.Result {
        var results: [MeasureOpen.Result] = []
        for _ in 0..<max(1, runs) {
            let output = try Subprocess.run([CommandLine.arguments[0]] + arguments)
            results.append(try JSONDecoder().decode(MeasureOpen.Result.self, from: Data(output.utf8)))
        }
        return MeasureOpen.Result(seconds: results.map(\.seconds).sorted()[results.count / 2],
                                  peakMegabytes: results.map(\.peakMegabytes).max() ?? 0, records: results[0].records)
    }

    /// Child mode: `--measure-compare ROOT A B` or `--measure-trend ROOT SERIES`; prints one JSON line.
    static func runChild(_ arguments: [String]) throws {
        let root = ProjectRoot(path: arguments[1])
        let encoder = JSONEncoder()
        let start = DispatchTime.now().uptimeNanoseconds
        let cells: Int
        if arguments[0] == "--measure-compare" {
            let sessions = try SessionMedians.load([arguments[2], arguments[3]], root: root).sessions
            let comparison = try SessionComparison(from: sessions[0], to: sessions[1])
            _ = try encoder.encode(comparison)
            cells = comparison.cells.count
        } else {
            let series = try Series.named(arguments[2], root: root)
            let sessions = try SessionMedians.load(series.members.map(\.session), root: root).sessions
            let trend = try SeriesTrend(series: series.name, sessions: sessions)
            _ = try encoder.encode(trend)
            cells = trend.rows.count
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let result = MeasureOpen.Result(seconds: seconds, peakMegabytes: MeasureOpen.peakMegabytes(), records: cells)
        print(String(decoding: try JSONEncoder().encode(result), as: UTF8.self))
    }
}
