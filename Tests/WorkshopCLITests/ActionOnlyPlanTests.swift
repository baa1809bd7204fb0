import Foundation
import Testing
import WorkshopTestSupport

/// A plan with no activities, an action-only meeting (issue 28, item 3.4): it needs no scale or
/// personas, its start record snapshots what it has, and the action commands and the summary work on it.
struct ActionOnlyPlanTests {
    /// The learning set's first meeting held, with two actions, and a check-in plan between meetings.
    func checkIn() throws -> ExampleCopy {
        let copy = try ActionCommandTests().seriesCopy()
        _ = try copy.workshop([], input: "start action-learning-set --as m1\naction write it up --owner Ewan --due 2016-03-01\naction film it\n")
        try """
            # An action-only meeting: no activities, so no scale or personas.
            title: Action learning set - check-in
            date: 2016-03-02
            series: action-learning-set
            """.write(to: copy.url.appendingPathComponent("sessions/check-in.yaml"), atomically: true, encoding: .utf8)
        return copy
    }

    @Test func checkPassesAndStartSnapshotsWhatThePlanHas() throws {
        let copy = try checkIn()
        let check = try copy.workshop(["check"])
        #expect(check.status == 0 && !check.stdout.contains("check-in.yaml") && !check.stderr.contains("check-in.yaml"), "\(check.stdout)\(check.stderr)")
        let start = try copy.workshop(["start", "check-in", "--as", "c1"])
        #expect(start.stdout.hasPrefix("started session 'c1' from plan 'check-in': an action-only meeting (no activities) ("))
        #expect(start.stdout.contains("2 actions to review from meeting 1 (2016-02-10)"))
        let first = try #require(try String(contentsOf: copy.journal("c1"), encoding: .utf8).split(separator: "\n").first)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let plan = try #require(record["plan"] as? [String: Any])
        #expect((plan["activities"] as? [Any])?.isEmpty == true && (plan["personas"] as? [Any])?.isEmpty == true)
        #expect((record["personas"] as? [Any])?.isEmpty == true)
        #expect((plan["scale"] as? [String: Any])?["name"] as? String == "none")
    }

    @Test func actionsReviewSummaryAndExportWorkOnIt() throws {
        let copy = try checkIn()
        _ = try copy.workshop(["start", "check-in", "--as", "c1"])
        let batch = try copy.workshop([], input: "open c1\nreview 1 done\naction book the room --owner Priya --owner Sam\n")
        #expect(batch.stderr.isEmpty)
        #expect(batch.stdout.contains("agreed #3 \"book the room\" (owners Priya, Sam)"))
        #expect(try copy.workshop(["actions", "c1"]).stdout.components(separatedBy: "\n").filter { $0.hasPrefix("#") }.count == 2)
        let summary = try copy.workshop(["summary", "c1"], environment: ["COLUMNS": "200"])
        #expect(summary.status == 0)
        #expect(summary.stdout.contains("an action-only meeting: no activities to rate"))
        #expect(summary.stdout.contains("#3 \"book the room\" (owners Priya, Sam): open"))
        #expect(!summary.stdout.contains("Agreement") && !summary.stdout.contains("Coverage") && !summary.stdout.contains("Methods"))
        #expect(try copy.workshop(["matrix", "c1"]).stdout
            == "'c1' is an action-only meeting: no activities, so no matrix; 'actions' lists its actions\n")
        for format in ["json", "markdown", "ics", "html"] {
            let export = try copy.workshop(["export", "c1", "--format", format])
            #expect(export.status == 0, "\(format): \(export.stderr)")
        }
        // The reports say what the meeting was and list its actions, and leave out what it never had:
        // no "0 groups rated 0 activities", no empty matrix, no appendix of empty statistics.
        for format in ["markdown", "html"] {
            let report = try copy.workshop(["export", "c1", "--format", format]).stdout
            #expect(report.contains("An action-only meeting: actions were reviewed and agreed, and nothing was rated."), "\(format)")
            #expect(report.contains("book the room"), "\(format)")
            // #1 was reviewed here, #2 was carried in and not reviewed: each listed under its own heading.
            let reviewed = try #require(report.range(of: "Reviewed this time"), "\(format)")
            let waiting = try #require(report.range(of: "Carried in, not reviewed yet"), "\(format)")
            let first = try #require(report.range(of: "write it up"))
            let second = try #require(report.range(of: "film it"))
            #expect(reviewed.lowerBound < first.lowerBound && first.lowerBound < waiting.lowerBound && waiting.lowerBound < second.lowerBound, "\(format)")
            for absent in ["0 groups", "Median answer per persona", "Appendix", "Coverage"] {
                #expect(!report.contains(absent), "\(format) shows \(absent)")
            }
        }
    }
}
