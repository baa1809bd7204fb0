import Foundation
import WorkshopKit

/// One size of session: every command timed over the runs, interleaved with the peers, then one
/// more run of each for its peak memory.
extension WholeBenchmark {
    func measure(size: Int, root: ProjectRoot, binary: String, python: String, runs: Int, scratch: String)
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

        for (index, (_, arguments)) in commands.enumerated() {
            series[index].peakKilobytes = try Spawn.peak(arguments, environment: env, scratch: scratch)
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
        try? FileManager.default.removeItem(atPath: checkpoint)
        cold.peakKilobytes = try Spawn.peak(summary, environment: env, scratch: scratch)  // and leaves the checkpoint

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
        scoring.peakKilobytes = try Spawn.peak(score + ["3"] + cell, environment: env, scratch: scratch)

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
}
