import Foundation
import Testing
import WorkshopTestSupport

/// The summary and exports of a session with ideas (`IdeasFixture`), compared with files under
/// `Tests/WorkshopCLITests/Golden/ideas`. The demo's own golden files, which have no ideas, are
/// untouched. Re-record on purpose with WORKSHOP_RECORD_GOLDEN=1.
struct GoldenIdeasTests {
    static let folder = GoldenSummaryTests.folder.appendingPathComponent("ideas")

    @Test(arguments: [
        GoldenSummaryTests.Case(file: "summary.txt", arguments: ["summary"]),
        GoldenSummaryTests.Case(file: "summary-hidden.txt", arguments: ["summary", "--hidden"]),
        GoldenSummaryTests.Case(file: "summary.md", arguments: ["summary", "--format", "markdown"]),
        GoldenSummaryTests.Case(file: "summary.json", arguments: ["summary", "--format", "json"]),
        GoldenSummaryTests.Case(file: "export-ideas.csv", arguments: ["export", "--format", "csv", "--shape", "ideas"]),
        GoldenSummaryTests.Case(file: "export-ideas-hidden.tsv", arguments: ["export", "--format", "tsv", "--shape", "ideas", "--hidden"]),
        GoldenSummaryTests.Case(file: "export.md", arguments: ["export", "--format", "markdown"]),
        GoldenSummaryTests.Case(file: "export.json", arguments: ["export", "--format", "json"]),
        GoldenSummaryTests.Case(file: "export.html", arguments: ["export", "--format", "html"]),
    ])
    func matchesTheGoldenFile(_ golden: GoldenSummaryTests.Case) throws {
        let fixture = try IdeasFixture()
        var arguments = golden.arguments
        arguments.insert(IdeasFixture.session, at: 1)
        let result = try fixture.copy.workshop(arguments, environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(result.stderr)")
        let path = Self.folder.appendingPathComponent(golden.file)
        if ProcessInfo.processInfo.environment["WORKSHOP_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try result.stdout.write(to: path, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: path, encoding: .utf8)
        #expect(result.stdout == expected)
    }
}
