import Foundation
import WorkshopKit

/// `workshop-bench --whole` (part of `make bench`): the commands as a user runs them from the shell,
/// each run a process of its own of the release `workshop` binary, against peers on the same
/// journals in the same run: a polars script, a DuckDB query and the Python json.loads script, each
/// computing the summary matrix's per-cell medians of current answers (interpreter start-up
/// included, as a user runs them). Every command is timed over several runs (min, median, max) with
/// its peak memory (the child's ru_maxrss from wait4). The peers' medians are checked against the
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
        var peakMiB: Double { Double(outcomes.map(\.peakKilobytes).max() ?? 0) / 1024 }
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
                + "\(runs) runs per command (sizes: min / median / max; peak = largest max RSS over the runs).",
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
        var lines = ["### start-up (\(runs) runs each, interleaved)", "",
                     "| command | min ms | median ms | max ms | peak MiB |", "| --- | ---: | ---: | ---: | ---: |"]
        for row in series where !row.outcomes.isEmpty {
            lines.append(String(format: "| %@ | %.1f | %.1f | %.1f | %.1f |", row.label, row.minimum * 1000, row.median * 1000,
                                row.maximum * 1000, row.peakMiB))
        }
        return lines
    }

    // MARK: - one size

    private func measure(size: Int, root: ProjectRoot, binary: String, python: String, runs: Int, scratch: String)
        throws -> ([String], Double, [String: Series])
    {
        progress("\(size) answers: generating the session if missing")
        let id = try SessionGenerator.ensure(answers: size, root: root)
        let journal = Session.journalPath(root: root, id: id)
        let checkpoint = journal + ".checkpoint"
        let megabytes = Double((try? FileManager.default.attributesOfItem(atPath: journal)[.size] as? Int) ?? 0) / 1e6
        let env = Self.environment
        let rootOption = ["--root", root.path]
        let summary = [binary, "summary", id, "--format", "json"] + rootOption
        let peers = URL(fileURLWithPath: PythonPeer.script).deletingLastPathComponent()

        // As a user runs it once the session exists: a command has run before (any cache beside the
        // journal written). This run's output is the figure the peers are checked against.
        progress("\(size) answers: first summary (untimed; the medians to check the peers against)")
        let first = try Spawn.checked(summary, environment: env, captureIn: scratch + "/summary.json", scratch: scratch)
        let ours = try Self.summaryMedians(first.output ?? "")

        let commands: [(String, [String])] = [
            ("summary --format json, warm", summary),
            ("export --format csv --output FILE",
             [binary, "export", id, "--format", "csv", "--output", scratch + "/export.csv", "--force"] + rootOption),
            ("export --format xlsx --output FILE",
             [binary, "export", id, "--format", "xlsx", "--output", scratch + "/export.xlsx", "--force"] + rootOption),
            ("polars peer (read_ndjson)", [python, peers.appendingPathComponent("polars_peer.py").path, journal]),
            ("DuckDB peer (read_ndjson, SQL)", [python, peers.appendingPathComponent("duckdb_peer.py").path, journal]),
            ("Python json.loads peer", [python, PythonPeer.script, journal, "--medians"]),
        ]
        var series = commands.map { Series(label: $0.0) }
        var checks: [String] = []
        for run in 0..<runs {
            progress("\(size) answers: run \(run + 1) of \(runs) (summary, exports, peers, interleaved)")
            for (index, (label, arguments)) in commands.enumerated() {
                let isPeer = label.contains("peer")
                let capture = isPeer && run == 0 ? scratch + "/peer.json" : nil
                let outcome = try Spawn.checked(arguments, environment: env, captureIn: capture, scratch: scratch)
                series[index].outcomes.append(outcome)
                if let output = outcome.output {
                    let theirs = try Self.peerMedians(output)
                    let name = label.components(separatedBy: " peer")[0]
                    checks.append(theirs.agrees(with: ours)
                        ? "\(name) agrees" : "\(name) DIFFERS (\(theirs.text))")
                }
            }
        }

        // Cold: the checkpoint beside the journal deleted before each run (if there is one).
        var cold = Series(label: "summary --format json, cold (checkpoint deleted)")
        var hadCheckpoint = false
        for run in 0..<runs {
            progress("\(size) answers: cold summary \(run + 1) of \(runs)")
            if FileManager.default.fileExists(atPath: checkpoint) {
                hadCheckpoint = true
                try FileManager.default.removeItem(atPath: checkpoint)
            }
            cold.outcomes.append(try Spawn.checked(summary, environment: env, scratch: scratch))
        }
        _ = try? Spawn.run(summary, environment: env)  // leaves the checkpoint, if any, for the next run

        // `score` from the shell, on a copy of the session (same id, another root): one untimed answer
        // first, then each timed run a new answer for the same cell (1 and 2 by turns, so none is
        // "unchanged"), appended and synced; the copy grows by one line per run.
        let copy = ProjectRoot(path: root.join("score-copy"))
        try? FileManager.default.removeItem(atPath: copy.path)
        try FileManager.default.createDirectory(atPath: copy.sessionsFolder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: journal, toPath: Session.journalPath(root: copy, id: id))
        defer { try? FileManager.default.removeItem(atPath: copy.path) }
        let score = [binary, "score", id, "activity-0", "persona-0"]
        let cell = ["--group", "table-1", "--root", copy.path]
        progress("\(size) answers: score (on a copy)")
        _ = try Spawn.checked(score + ["3"] + cell, environment: env, scratch: scratch)
        var scoring = Series(label: "score ID activity-0 persona-0 N --group table-1")
        for run in 0..<runs {
            let outcome = try Spawn.checked(score + [run % 2 == 0 ? "1" : "2"] + cell, environment: env,
                                            captureIn: scratch + "/score.txt", scratch: scratch)
            guard outcome.output?.contains("recorded") == true else {
                throw Spawn.Failure(description: "score did not record: \(outcome.output ?? "")")
            }
            scoring.outcomes.append(outcome)
        }

        let all = [series[0], cold, scoring] + series[1...]
        let fasterPeer = min(series[3].median, series[4].median)
        let pythonPeer = series[5].median
        var lines = [
            "",
            String(format: "### %d answers (journal %.1f MB, %@)", size, megabytes, id),
            "",
            "summary: \(ours.text); peers on their first run: \(checks.joined(separator: ", ")); "
                + (hadCheckpoint ? "a checkpoint was there and was deleted before each cold run"
                                 : "no checkpoint file beside the journal (warm and cold are the same work)") + ".",
            "",
            "| command | min ms | median ms | max ms | peak MiB | faster of polars, DuckDB ÷ this | Python peer ÷ this |",
            "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for row in all {
            lines.append(String(format: "| %@ | %.1f | %.1f | %.1f | %.1f | %.2f× | %.2f× |", row.label, row.minimum * 1000,
                                row.median * 1000, row.maximum * 1000, row.peakMiB, fasterPeer / row.median,
                                pythonPeer / row.median))
        }
        var rows: [String: Series] = [:]
        for (key, row) in zip(["warm", "cold", "score", "csv", "xlsx", "polars", "duckdb", "python"], all) { rows[key] = row }
        return (lines, megabytes, rows)
    }

    // MARK: - across sizes

    private func summaryTable(_ overview: [(Int, Double, [String: Series])]) -> [String] {
        guard !overview.isEmpty else { return [] }
        var lines = [
            "", "### medians across sizes (ms; peak MiB of the warm summary)", "",
            "| answers | MB | summary warm | summary cold | score | csv | xlsx | polars | DuckDB | Python | peak MiB "
                + "| warm: faster peer ÷ ours | cold: faster peer ÷ ours | warm: Python ÷ ours |",
            "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        for (size, megabytes, rows) in overview {
            func ms(_ key: String) -> String { String(format: "%.1f", (rows[key]?.median ?? .nan) * 1000) }
            let faster = min(rows["polars"]?.median ?? .nan, rows["duckdb"]?.median ?? .nan)
            let warm = rows["warm"]?.median ?? .nan, cold = rows["cold"]?.median ?? .nan
            lines.append("| \(size) | \(String(format: "%.1f", megabytes)) | \(ms("warm")) | \(ms("cold")) | \(ms("score")) | "
                + "\(ms("csv")) | \(ms("xlsx")) | \(ms("polars")) | \(ms("duckdb")) | \(ms("python")) | "
                + String(format: "%.1f | %.2f× | %.2f× | %.2f× |", rows["warm"]?.peakMiB ?? .nan, faster / warm, faster / cold,
                         (rows["python"]?.median ?? .nan) / warm))
        }
        lines += ["", "issue 13's targets: warm summary at 1M ≥ 3× the faster of polars and DuckDB and ≥ 20× the Python peer; "
            + "cold ≥ 1.5×; at 3M still ahead of both; score < 15 ms at 10k and 1M; peak < 100 MB at 1M; start-up < 6 ms."]
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

    private func progress(_ text: String) {
        FileHandle.standardError.write(Data("workshop-bench --whole: \(text)\n".utf8))
    }
}
