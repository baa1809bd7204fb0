import Foundation
import WorkshopKit

/// How long each export takes for one session, summary included (median of a few runs).
enum ExportBenchmark {
    static func measure(sessionID: String, root: ProjectRoot, runs: Int) throws -> [(String, Double, Int)] {
        let state = try Session.open(sessionID, root: root, writable: false).state
        let exporters: [(String, any Exporter)] = [
            ("csv matrix", DelimitedExporter(shape: .matrix)), ("csv tidy", DelimitedExporter(shape: .tidy)),
            ("tsv tidy", DelimitedExporter(separator: "\t", shape: .tidy)), ("markdown", MarkdownExporter()),
            ("json", JSONExporter()), ("html", HTMLExporter()), ("xlsx", XLSXExporter()),
        ]
        return try exporters.map { name, exporter in
            var times: [Double] = []
            var size = 0
            for _ in 0..<max(1, runs) {
                let start = DispatchTime.now().uptimeNanoseconds
                size = try exporter.export(ExportInput(state: state)).count
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            return (name, times.sorted()[times.count / 2], size)
        }
    }
}
