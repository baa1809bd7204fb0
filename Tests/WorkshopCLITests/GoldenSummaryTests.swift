import Foundation
import Testing
import WorkshopTestSupport

/// The rendered matrix and summary of the bundled demo session, compared with files under
/// `Tests/WorkshopCLITests/Golden`. Re-record on purpose with WORKSHOP_RECORD_GOLDEN=1.
struct GoldenSummaryTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var arguments: [String]
        var testDescription: String { file }
    }

    static let folder = Paths.packageRoot.appendingPathComponent("Tests/WorkshopCLITests/Golden")

    @Test(arguments: [
        Case(file: "matrix.txt", arguments: ["matrix", "demo-2015"]),
        Case(file: "matrix-consensus.txt", arguments: ["matrix", "demo-2015", "--statistic", "consensus"]),
        Case(file: "matrix-narrow.txt", arguments: ["matrix", "demo-2015"]),
        Case(file: "summary.txt", arguments: ["summary", "demo-2015"]),
        Case(file: "summary-weighted.txt", arguments: ["summary", "demo-2015", "--weight", "undergraduate=4"]),
        Case(file: "summary.md", arguments: ["summary", "demo-2015", "--format", "markdown"]),
        Case(file: "summary.json", arguments: ["summary", "demo-2015", "--format", "json"]),
        Case(file: "export-matrix.csv", arguments: ["export", "demo-2015", "--format", "csv"]),
        Case(file: "export-tidy.csv", arguments: ["export", "demo-2015", "--format", "csv", "--shape", "tidy"]),
        Case(file: "export-tidy.tsv", arguments: ["export", "demo-2015", "--format", "tsv", "--shape", "tidy"]),
        Case(file: "export.md", arguments: ["export", "demo-2015", "--format", "markdown"]),
        Case(file: "export.json", arguments: ["export", "demo-2015", "--format", "json"]),
        Case(file: "export.html", arguments: ["export", "demo-2015", "--format", "html"]),
    ])
    func matchesTheGoldenFile(_ golden: Case) throws {
        let columns = golden.file.contains("narrow") ? "40" : "80"
        let result = try InProcess.run(golden.arguments + ["--root", Paths.example.path],
                                             environment: ["COLUMNS": columns])
        #expect(result.status == 0, "\(result.stderr)")
        let path = Self.folder.appendingPathComponent(golden.file)
        if ProcessInfo.processInfo.environment["WORKSHOP_RECORD_GOLDEN"] == "1" {
            try result.stdout.write(to: path, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: path, encoding: .utf8)
        #expect(result.stdout == expected)
    }

    @Test func theJSONCarriesTheDocumentedFields() throws {
        let result = try InProcess.run(["summary", "demo-2015", "--format", "json", "--root", Paths.example.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["session", "plan", "title", "date", "venue", "facilitator", "prompts", "scale",
                                     "methods", "cells", "personas", "activities", "coverage", "notes", "actions",
                                     "highlights", "ideas"])
        let cells = try #require(object["cells"] as? [[String: Any]])
        #expect(cells.count == 70)
        let methods = try #require(object["methods"] as? [String: Any])
        #expect((methods["quantiles"] as? String)?.hasPrefix("R type 7") == true)
        #expect((methods["agreement"] as? String)?.hasPrefix("Krippendorff's alpha (interval metric)") == true)
    }
}
