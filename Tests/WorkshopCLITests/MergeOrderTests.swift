import Foundation
import Testing
import WorkshopTestSupport

/// A merge never reorders one journal's lines (issue 23, item 8). Five tables score every activity
/// 2 then 5 in one script, and the answers share one millisecond (as a phone's group commit stamps a
/// batch): the 5s stand. Merging the journal with itself, merging a copy that adds an answer, and
/// git's merge driver all leave every 5 standing; the merge that adds nothing leaves the file as it was.
struct MergeOrderTests {
    static let activities = [
        "bring-a-friend", "consultations", "drop-in", "embedded-teaching", "vle-presence", "induction", "pgr-induction",
        "research-cafes", "school-boards", "planning-meeting", "liaison-report", "reading-lists", "champions", "newsletter",
    ]

    /// Laptop A's session s1 after the script, every answer at the first answer's millisecond.
    func scriptedRoom() throws -> ExampleCopy {
        let a = try ExampleCopy()
        #expect(try a.workshop(["start", "stirling-2015", "--as", "s1"]).status == 0)
        var script = ""
        for table in 1...5 {
            for activity in Self.activities {
                for value in ["2", "5"] { script += "score s1 \(activity) academic \(value) --group table-\(table)\n" }
            }
        }
        let file = a.url.appendingPathComponent("script.txt")
        try script.write(to: file, atomically: true, encoding: .utf8)
        #expect(try a.workshop(["run", file.path]).status == 0)
        let lines = try String(contentsOf: a.journal("s1"), encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 141)
        let at = try #require(lines[1].firstMatch(of: /"at":"[^"]+"/)).output
        let batch = [lines[0]] + lines.dropFirst().map { $0.replacing(/"at":"[^"]+"/, with: at) }
        try (batch.joined(separator: "\n") + "\n").write(to: a.journal("s1"), atomically: true, encoding: .utf8)
        return a
    }

    @Test func aMergeOfTheJournalItselfChangesNothing() throws {
        let a = try scriptedRoom()
        let before = try a.standing()
        #expect(before.count == 70 && before.allSatisfy { $0.hasSuffix("=5") }, "the script's 5s stand: \(before.count) \(before.prefix(3))")
        let file = try a.journalFile()
        let result = try a.workshop(["merge", "s1", a.journal("s1").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("nothing to add"))
        #expect(try a.journalFile() == file, "a merge that adds nothing writes nothing: same bytes, same file")
        #expect(try a.standing() == before)
    }

    @Test func aMergeThatAddsKeepsEachJournalsOrder() throws {
        let a = try scriptedRoom(), b = try ExampleCopy()
        try FileManager.default.copyItem(at: a.journal("s1"), to: b.journal("s1"))
        #expect(try b.workshop(["score", "s1", "drop-in", "undergraduate", "3", "--group", "table-1", "--persona-change"]).status == 0)
        let original = try String(contentsOf: a.journal("s1"), encoding: .utf8)
        let result = try a.workshop(["merge", "s1", b.journal("s1").path, "--same-groups"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("merged ") && result.stdout.contains("1 record added"))
        let merged = try String(contentsOf: a.journal("s1"), encoding: .utf8)
        #expect(merged.split(separator: "\n").filter { !$0.contains(#""persona":"undergraduate""#) }.joined(separator: "\n") + "\n" == original)
        let after = try a.standing()
        #expect(after.filter { $0.contains(" academic ") }.allSatisfy { $0.hasSuffix("=5") })
        #expect(after.contains("drop-in undergraduate table-1=3"))
    }

    @Test(arguments: [false, true])
    func gitsMergeDriverKeepsEachJournalsOrder(oursIsTheScript: Bool) throws {
        let a = try scriptedRoom(), b = try ExampleCopy()
        try FileManager.default.copyItem(at: a.journal("s1"), to: b.journal("s1"))
        #expect(try b.workshop(["score", "s1", "drop-in", "undergraduate", "3", "--group", "table-1", "--persona-change"]).status == 0)
        let original = try String(contentsOf: a.journal("s1"), encoding: .utf8)
        let base = a.url.appendingPathComponent("base.jsonl")
        try original.write(to: base, atomically: true, encoding: .utf8)
        let (ours, theirs) = oursIsTheScript ? (a.journal("s1"), b.journal("s1")) : (b.journal("s1"), a.journal("s1"))
        let result = try a.workshop(["merge-driver", "--same-groups", base.path, ours.path, theirs.path, "sessions/s1.jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        let merged = try String(contentsOf: ours, encoding: .utf8)
        #expect(merged.split(separator: "\n").filter { !$0.contains(#""persona":"undergraduate""#) }.joined(separator: "\n") + "\n" == original)
        let after = try (oursIsTheScript ? a : b).standing()
        #expect(after.filter { $0.contains(" academic ") }.count == 70)
        #expect(after.filter { $0.contains(" academic ") }.allSatisfy { $0.hasSuffix("=5") })
    }
}
