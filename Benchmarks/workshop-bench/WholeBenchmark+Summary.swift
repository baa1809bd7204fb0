import Foundation

/// The table across sizes, with the issue's targets beside it.
extension WholeBenchmark {

    func summaryTable(_ overview: [(Int, Double, [String: Series])]) -> [String] {
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
}
