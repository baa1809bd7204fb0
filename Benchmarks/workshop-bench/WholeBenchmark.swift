import Foundation
import WorkshopKit

/// `workshop-bench --whole` (part of `make bench`): the commands as a user runs them from the shell,
/// each run a process of its own of the release `workshop` binary, against peers on the same
/// journals in the same run: a polars script, a DuckDB query and the Python json.loads script, each
/// computing the summary matrix's per-cell medians of current answers (interpreter start-up
/// included, as a user runs them). Every command is timed over several runs (min, median, max) with
/// its peak memory (one more run under GNU time, `Spawn.peak`). The peers' medians are checked against the
/// summary's before any figure is believed.
struct WholeBenchmark {
    var options: BenchOptions

    /// One command's runs.
    struct Series {
        var label: String
        var outcomes: [Spawn.Outcome] = []

        var times: [Double] { outcomes.map(\.seconds).sorted() }
        var median: Double {
            let times = times
            guard !times.isEmpty else { return .nan }
            return times.count % 2 == 1 ? times[times.count / 2] : (times[times.count / 2 - 1] + times[times.count / 2]) / 2
        }
        var minimum: Double { times.first ?? .nan }
        var maximum: Double { times.last ?? .nan }
        /// From a run of its own under GNU time (`Spawn.peak`); without it, the runs' ru_maxrss,
        /// which overstates it (see there).
        var peakKilobytes: Int?
        var peakMiB: Double { Double(peakKilobytes ?? outcomes.map(\.peakKilobytes).max() ?? 0) / 1024 }
    }

    /// Per-cell medians as a peer or the summary reports them: how many cells, and their sum.
    struct Medians {
        var cells: Int
        var sum: Double

        func agrees(with other: Medians) -> Bool {
            cells == other.cells && abs(sum - other.sum) <= 1e-6 * max(1, abs(sum))
        }
        var text: String { String(format: "%d cells, sum of medians %.1f", cells, sum) }
    }

    static let environment = ["NO_COLOR": "1", "WORKSHOP_FACILITATOR": "anna"]

    func run() -> String {
        let folder = URL(fileURLWithPath: options.folder).standardizedFileURL.path
        let root = ProjectRoot(path: folder)
        let binary = options.binary
            ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("workshop").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            return "workshop-bench --whole: no workshop binary at \(binary) (swift build -c release --product workshop, or --binary PATH)"
        }
        let scratch = root.join("whole-scratch")
        do {
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
            try FileManager.default.createDirectory(atPath: root.sessionsFolder, withIntermediateDirectories: true)
        } catch {
            return "workshop-bench --whole: cannot make \(scratch): \(error)"
        }
        let python = Self.interpreter(options.python, scratch: scratch)
        let version = (try? Spawn.run([binary, "--version"], captureIn: scratch + "/version.txt").output)?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
        let runs = max(1, options.runs)
        var sizes = options.sizes
        if options.threeMillion, !sizes.contains(3_000_000) { sizes.append(3_000_000) }

        var lines = [
            "## workshop-bench --whole: each command a process of its own, as a user runs it",
            "",
            "\(binary) (\(version)); peers with \(python) (\(Self.peerVersions(python, scratch: scratch))); "
                + "\(ProcessInfo.processInfo.activeProcessorCount) cores; load average at start \(Self.loadAverage()); "
                + "\(runs) runs per command (sizes: min / median / max; peak: max RSS of one more run, under GNU time).",
            "",
        ]
        lines += startUp(binary: binary, python: python, runs: max(20, runs), scratch: scratch)

        var overview: [(Int, Double, [String: Series])] = []
        for size in sizes {
            do {
                let (section, megabytes, rows) = try measure(size: size, root: root, binary: binary, python: python,
                                                             runs: runs, scratch: scratch)
                lines += section
                overview.append((size, megabytes, rows))
            } catch {
                lines += ["", "### \(size) answers: failed: \(error)"]
            }
        }
        lines += summaryTable(overview)
        lines += ["", "load average at the end: \(Self.loadAverage())"]
        try? FileManager.default.removeItem(atPath: scratch)
        return lines.joined(separator: "\n")
    }

    // MARK: - start-up

    private func startUp(binary: String, python: String, runs: Int, scratch: String) -> [String] {
        let cases: [(String, [String])] = [
            ("workshop --version", [binary, "--version"]),
            ("python3 -c pass (interpreter alone)", [python, "-c", "pass"]),
            ("python3 -c 'import polars'", [python, "-c", "import polars"]),
            ("python3 -c 'import duckdb'", [python, "-c", "import duckdb"]),
        ]
        var series = cases.map { Series(label: $0.0) }
        progress("start-up: \(runs) runs each")
        for _ in 0..<runs {
            for (index, (_, arguments)) in cases.enumerated() {
                if let outcome = try? Spawn.checked(arguments, environment: Self.environment, scratch: scratch) {
                    series[index].outcomes.append(outcome)
                }
            }
        }
        for index in series.indices {
            series[index].peakKilobytes = try? Spawn.peak(cases[index].1, environment: Self.environment, scratch: scratch)
        }
        var lines = ["### start-up (\(runs) runs each, interleaved)", "",
                     "| command | min ms | median ms | max ms | peak MiB |", "| --- | ---: | ---: | ---: | ---: |"]
        for row in series where !row.outcomes.isEmpty {
            lines.append(String(format: "| %@ | %.1f | %.1f | %.1f | %.1f |", row.label, row.minimum * 1000, row.median * 1000,
                                row.maximum * 1000, row.peakMiB))
        }
        return lines
    }

    // MARK: - helpers

    /// The interpreter itself, not a shim in front of it (pyenv's adds tens of milliseconds of bash).
    static func interpreter(_ python: String, scratch: String) -> String {
        let found = try? Spawn.run([python, "-c", "import sys; print(sys.executable)"], captureIn: scratch + "/python.txt")
        let path = found?.output?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return found?.status == 0 && !path.isEmpty ? path : python
    }

    static func peerVersions(_ python: String, scratch: String) -> String {
        let script = """
            import importlib
            found = []
            for name in ("polars", "duckdb"):
                try: found.append(name + " " + importlib.import_module(name).__version__)
                except ImportError: found.append(name + " MISSING (pip install -r Benchmarks/requirements.txt)")
            print(", ".join(found))
            """
        let outcome = try? Spawn.run([python, "-c", script], captureIn: scratch + "/versions.txt")
        return outcome?.output?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    }

    static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?")
            .split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// The summary's matrix: each cell's median, where it has one.
    static func summaryMedians(_ json: String) throws -> Medians {
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let cells = object["cells"] as? [[String: Any]]
        else { throw Spawn.Failure(description: "summary JSON without cells") }
        let medians = cells.compactMap { ($0["median"] as? NSNumber)?.doubleValue }
        return Medians(cells: medians.count, sum: medians.reduce(0, +))
    }

    static func peerMedians(_ json: String) throws -> Medians {
        guard let line = json.split(separator: "\n").last,
              let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let sum = (object["medianSum"] as? NSNumber)?.doubleValue
        else { throw Spawn.Failure(description: "peer printed no medianSum: \(json)") }
        let cells = (object["medianCells"] as? Int) ?? (object["cells"] as? Int) ?? -1
        return Medians(cells: cells, sum: sum)
    }

    func progress(_ text: String) {
        FileHandle.standardError.write(Data("workshop-bench --whole: \(text)\n".utf8))
    }
}
