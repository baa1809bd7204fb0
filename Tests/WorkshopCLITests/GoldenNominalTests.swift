import Foundation
import Testing
import WorkshopTestSupport

/// The rendered matrix and summary of a session on a nominal scale (`NominalFixture`), compared with
/// files under `Tests/WorkshopCLITests/Golden`. Re-record on purpose with WORKSHOP_RECORD_GOLDEN=1.
struct GoldenNominalTests {
    @Test(arguments: [
        ("matrix-nominal.txt", ["matrix", "channels"]),
        ("summary-nominal.txt", ["summary", "channels"]),
    ])
    func matchesTheGoldenFile(_ file: String, _ arguments: [String]) throws {
        let fixture = try NominalFixture()
        let result = try fixture.copy.workshop(arguments, environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(result.stderr)")
        let path = GoldenSummaryTests.folder.appendingPathComponent(file)
        if ProcessInfo.processInfo.environment["WORKSHOP_RECORD_GOLDEN"] == "1" {
            try result.stdout.write(to: path, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: path, encoding: .utf8)
        #expect(result.stdout == expected)
    }
}
