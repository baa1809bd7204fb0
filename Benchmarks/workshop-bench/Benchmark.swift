import Foundation
import WorkshopKit

/// Runs every measurement and writes the report as a Markdown table.
struct Benchmark {
    var options: BenchOptions

    func run() -> String {
        let root = ProjectRoot(path: options.folder)
        if options.only == "merge" {
            return (["workshop-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, median of \(options.runs) runs"]
                + MergeBenchmark.run(options: options, root: root)).joined(separator: "\n")
        }
        if options.only == "compare" {
            return (["workshop-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, median of \(options.runs) runs"]
                + CompareBenchmark.run(options: options, root: root)).joined(separator: "\n")
        }
        var lines = [
            "workshop-bench: \(ProcessInfo.processInfo.activeProcessorCount) cores, median of \(options.runs) runs",
            "",
            "| answers | journal MB | open s | peak MB | python peer s | peer / open |",
            "| ---: | ---: | ---: | ---: | ---: | ---: |",
        ]
        var appendSession: String?
        var summaryLines = [
            "",
            "| answers | open + summary s | python peer: replay + medians s | peer / ours |",
            "| ---: | ---: | ---: | ---: |",
        ]
        for size in options.sizes {
            do {
                let id = try SessionGenerator.ensure(answers: size, root: root)
                let path = Session.journalPath(root: root, id: id)
                let megabytes = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1e6
                let open = try MeasureOpen.measure(path: path, runs: options.runs)
                let peer = try PythonPeer.measure(path: path, runs: max(1, min(options.runs, 3)), python: options.python)
                lines.append(String(
                    format: "| %d | %.1f | %.3f | %.0f | %.3f | %.1f× |", size, megabytes, open.seconds,
                    open.peakMegabytes, peer.seconds, peer.seconds / open.seconds))
                if size <= 100_000 { appendSession = id }
                let summary = try MeasureOpen.measure(path: path, runs: options.runs, summarise: true)
                let medians = try PythonPeer.measure(
                    path: path, runs: max(1, min(options.runs, 3)), python: options.python, medians: true)
                summaryLines.append(String(format: "| %d | %.3f | %.3f | %.1f× |", size, summary.seconds, medians.seconds,
                                           medians.seconds / summary.seconds))
            } catch {
                lines.append("| \(size) | failed: \(error) | | | | |")
            }
        }
        lines += summaryLines
        if let appendSession {
            do {
                for intervals in [false, true] {
                    let refresh = try SummaryRefresh.measure(sessionID: appendSession, root: root, count: 30, intervals: intervals)
                    lines.append(String(format: "\nrefreshing the summary after one new answer (%@, %@): median %.2f ms, max %.2f ms",
                                        appendSession, intervals ? "with intervals" : "text, no intervals",
                                        refresh.median * 1000, refresh.maximum * 1000))
                }
            } catch {
                lines.append("refresh benchmark failed: \(error)")
            }
            do {
                let result = try AppendBenchmark.measure(sessionID: appendSession, root: root, count: options.appends)
                lines += [
                    "",
                    "| \(options.appends) appends to \(appendSession) | median ms | p95 ms |",
                    "| --- | ---: | ---: |",
                    String(format: "| record an answer (fsync included) | %.3f | %.3f |", result.appendMedian * 1000, result.appendP95 * 1000),
                    String(format: "| the disk alone: write + fdatasync | %.3f | %.3f |", result.fsyncMedian * 1000, result.fsyncP95 * 1000),
                ]
            } catch {
                lines.append("append benchmark failed: \(error)")
            }
        }
        if let appendSession {
            do {
                lines += ["", "| export of \(appendSession) | median s | MB |", "| --- | ---: | ---: |"]
                for (name, seconds, size) in try ExportBenchmark.measure(sessionID: appendSession, root: root, runs: 3) {
                    lines.append(String(format: "| %@ | %.3f | %.1f |", name, seconds, Double(size) / 1e6))
                }
            } catch {
                lines.append("export benchmark failed: \(error)")
            }
        }
        lines += CompareBenchmark.run(options: options, root: root)
        return lines.joined(separator: "\n")
    }
}
