import Foundation
import Testing
import WorkshopTestSupport

/// `merge` end to end: two laptops' copies of one session, answers on both, merged with the
/// refusals, `--room`, `--same-groups` and `--as`, and the report the facilitator reads.
struct MergeCommandTests {
    /// Laptop A with session s1 started, and laptop B holding a copy of it.
    func twoLaptops() throws -> (ExampleCopy, ExampleCopy) {
        let a = try ExampleCopy(), b = try ExampleCopy()
        #expect(try a.workshop(["start", "stirling-2015", "--as", "s1"]).status == 0)
        try FileManager.default.copyItem(at: a.journal("s1"), to: b.journal("s1"))
        return (a, b)
    }

    func score(_ copy: ExampleCopy, _ activity: String, _ value: String, group: String, by person: String) throws {
        let result = try copy.workshop(["score", "s1", activity, "academic", value, "--group", group],
                                  environment: ["WORKSHOP_FACILITATOR": person])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test func sameGroupsAreRefusedUntilSaidThenTheLaterAnswerStands() throws {
        let (a, b) = try twoLaptops()
        try score(a, "drop-in", "4", group: "table-1", by: "anna")
        Thread.sleep(forTimeInterval: 0.01)
        try score(b, "drop-in", "2", group: "table-1", by: "bea")
        let other = b.journal("s1").path
        let before = a.folder.snapshot()
        var result = try a.workshop(["merge", "s1", other])
        #expect(result.status == 1)
        #expect(result.stderr == "error: both journals hold answers from group 'table-1' (this session and '\(other)'): "
            + "add --same-groups if they are the same groups (the later answer of a cell stands), or --room NAME if they "
            + "were another room's (its groups become NAME_table-1); nothing was merged\n")
        #expect(a.folder.snapshot() == before)

        result = try a.workshop(["merge", "s1", other, "--same-groups"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "merged '\(other)' into session 's1': 1 record added")
        #expect(lines.dropFirst().first == "1 cell answered differently on both sides; the later answer stands (later in the merged journal: by time, each journal's own order kept):")
        #expect(lines.last?.hasPrefix("  drop-in · academic · table-1: 2 (bea, ") == true)
        #expect(lines.last?.contains("stands over 4 (anna, ") == true)
        #expect(try a.workshop(["log", "s1"]).stdout.contains("bea  score drop-in · academic · table-1 = 2"))

        result = try a.workshop(["merge", "s1", other, "--same-groups"])
        #expect(result.stdout == "nothing to add: every record of '\(other)' is already in session 's1'\n")
    }

    @Test func anotherRoomsGroupsAreRenamed() throws {
        let (a, b) = try twoLaptops()
        try score(a, "drop-in", "4", group: "table-1", by: "anna")
        try score(b, "induction", "3", group: "table-1", by: "bea")
        try score(b, "induction", "5", group: "table-2", by: "bea")
        let other = b.journal("s1").path
        let result = try a.workshop(["merge", "s1", other, "--room", "strand-b"])
        #expect(result.status == 0)
        #expect(result.stdout == "merged '\(other)' into session 's1': 4 records added\n"
            + "groups renamed: 'table-1' is now 'strand-b_table-1', 'table-2' is now 'strand-b_table-2'\n")
        let log = try a.workshop(["log", "s1"]).stdout
        #expect(log.contains("score induction · academic · strand-b_table-1 = 3"))
        #expect(log.contains("score drop-in · academic · table-1 = 4"))
    }

    @Test(arguments: [
        (["--room", "Strand B"], "invalid room id 'Strand B'; use lower-case letters, digits, '-' or '_', starting with a letter or digit"),
        (["--room", "x", "--same-groups"], "merge: give --same-groups or --room, not both"),
    ])
    func badOptionsAreRefusedInOneLine(_ options: [String], _ message: String) throws {
        let (a, b) = try twoLaptops()
        try score(a, "drop-in", "4", group: "table-1", by: "anna")
        try score(b, "drop-in", "3", group: "table-1", by: "bea")
        let before = a.folder.snapshot()
        let result = try a.workshop(["merge", "s1", b.journal("s1").path] + options)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("error: ") && result.stderr.contains(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(a.folder.snapshot() == before)
    }

    @Test func aJournalOfAnotherPlanIsRefusedAndNothingChanges() throws {
        let (a, _) = try twoLaptops()
        let other = a.journal("demo-2016").path
        let before = a.folder.snapshot()
        let result = try a.workshop(["merge", "s1", other])
        #expect(result.status == 1)
        #expect(result.stderr == "error: '\(other)' is a journal of plan 'stirling-2016', not 'stirling-2015'; nothing was merged\n")
        #expect(a.folder.snapshot() == before)
    }

    @Test func asANewSessionLeavesThisOneAndTheCheckpointGoes() throws {
        let (a, b) = try twoLaptops()
        try score(a, "drop-in", "4", group: "table-1", by: "anna")
        try score(b, "induction", "3", group: "table-2", by: "bea")
        let other = b.journal("s1").path
        let original = try Data(contentsOf: a.journal("s1"))
        var result = try a.workshop(["merge", "s1", other, "--as", "joined"])
        #expect(result.stdout == "merged session 's1' and '\(other)' into new session 'joined': 1 record added to those of 's1'\n")
        #expect(try Data(contentsOf: a.journal("s1")) == original)
        #expect(try a.workshop(["status", "joined"]).stdout.contains("answers: 2"))

        let checkpoint = a.journal("s1").path + ".checkpoint"
        FileManager.default.createFile(atPath: checkpoint, contents: Data("stale".utf8))
        result = try a.workshop(["merge", "s1", other])
        #expect(result.status == 0)
        #expect(!FileManager.default.fileExists(atPath: checkpoint), "a merge that rewrites the journal removes its checkpoint")
        #expect(try a.workshop(["summary", "s1", "--format", "json"]).stdout == a.workshop(["summary", "joined", "--format", "json"]).stdout
            .replacingOccurrences(of: "\"joined\"", with: "\"s1\""))
    }
}
