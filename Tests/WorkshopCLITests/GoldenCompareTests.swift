import Foundation
import Testing
import WorkshopTestSupport

/// `compare` and `trend` of the series fixture in every format, compared with files under
/// `Tests/WorkshopCLITests/Golden`. Re-record on purpose with WORKSHOP_RECORD_GOLDEN=1.
struct GoldenCompareTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var file: String
        var arguments: [String]
        var testDescription: String { file }
    }

    @Test(arguments: [
        Case(file: "compare.txt", arguments: ["compare", "rg-1", "rg-2"]),
        Case(file: "compare.json", arguments: ["compare", "rg-1", "rg-2", "--format", "json"]),
        Case(file: "compare.md", arguments: ["compare", "rg-1", "rg-2", "--format", "markdown"]),
        Case(file: "compare.csv", arguments: ["compare", "rg-1", "rg-2", "--format", "csv"]),
        Case(file: "trend.txt", arguments: ["trend", "reading-group"]),
        Case(file: "trend-narrow.txt", arguments: ["trend", "reading-group"]),
        Case(file: "trend.json", arguments: ["trend", "reading-group", "--format", "json"]),
        Case(file: "trend.md", arguments: ["trend", "reading-group", "--format", "markdown"]),
        Case(file: "trend.csv", arguments: ["trend", "reading-group", "--format", "csv"]),
    ])
    func matchesTheGoldenFile(_ golden: Case) throws {
        let fixture = try SeriesFixture()
        let columns = golden.file.contains("narrow") ? "40" : "80"
        let result = try fixture.copy.workshop(golden.arguments, environment: ["COLUMNS": columns])
        #expect(result.status == 0, "\(result.stderr)")
        let path = GoldenSummaryTests.folder.appendingPathComponent(golden.file)
        if ProcessInfo.processInfo.environment["WORKSHOP_RECORD_GOLDEN"] == "1" {
            try result.stdout.write(to: path, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: path, encoding: .utf8)
        #expect(result.stdout == expected)
    }
}
