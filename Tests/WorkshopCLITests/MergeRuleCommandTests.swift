import Foundation
import Testing
import WorkshopTestSupport

/// A `--room` merge run again (issue 23, item 1): with no option, with the same option, or with
/// `--same-groups`, it never renames room B's records back nor replaces room A's answers; the rule is
/// kept in the journal, applied to room B's later answers, and a contradicting option is refused.
struct MergeRuleCommandTests {
    /// Two rooms that each started session s1 of the same plan (two start records), each with a
    /// table-1 answer to drop-in; `bFirst` starts room B first, so the merge keeps B's start record.
    func twoRooms(bFirst: Bool) throws -> (ExampleCopy, ExampleCopy) {
        let a = try ExampleCopy(), b = try ExampleCopy()
        for room in bFirst ? [b, a] : [a, b] {
            #expect(try room.workshop(["start", "stirling-2015", "--as", "s1"]).status == 0)
            Thread.sleep(forTimeInterval: 0.01)
        }
        try score(a, "drop-in", "4", by: "anna")
        try score(b, "drop-in", "2", by: "bea")
        return (a, b)
    }

    func score(_ room: ExampleCopy, _ activity: String, _ value: String, by person: String) throws {
        let result = try room.workshop(["score", "s1", activity, "academic", value, "--group", "table-1"],
                                  environment: ["WORKSHOP_FACILITATOR": person])
        #expect(result.status == 0, "\(result.stderr)")
    }

    @Test(arguments: [false, true])
    func aRoomMergeRunAgainChangesNothingAndItsRuleIsKept(bFirst: Bool) throws {
        let (a, b) = try twoRooms(bFirst: bFirst)
        let other = b.journal("s1").path
        var result = try a.workshop(["merge", "s1", other, "--room", "strand-b"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("kept in the journal: merging '\(other)' again applies --room strand-b, no option needed"))
        let merged = try a.standing(), file = try a.journalFile(), rule = try ruleID(a)
        #expect(merged.contains("drop-in academic table-1=4") && merged.contains("drop-in academic strand-b_table-1=2"))

        for options in [[], ["--room", "strand-b"]] {
            result = try a.workshop(["merge", "s1", other] + options)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("nothing to add"), "\(options): \(result.stdout)")
            #expect(try a.journalFile() == file, "\(options): a merge that adds nothing writes nothing")
            #expect(try a.standing() == merged, "\(options): room A's answers stand, room B's keep their names")
        }
        // With B's start kept, the rule naming it is passed over (copies of this journal have that start
        // too): B's own copy is known by the renaming the records both hold.
        let evidence = bFirst ? "the records both hold are renamed so here" : "kept in the journal, record \(rule)"
        for options in [["--same-groups"], ["--room", "strand-c"]] {
            result = try a.workshop(["merge", "s1", other] + options)
            #expect(result.status == 1)
            #expect(result.stderr == "error: '\(other)' was merged into this session before with --room strand-b "
                + "(\(evidence)), not \(options.joined(separator: " ")): merge it again "
                + "with no option or with --room strand-b; nothing was merged\n")
            #expect(try a.journalFile() == file)
        }

        // Room B goes on scoring in its table-1: the kept rule puts that under strand-b_table-1 too.
        try score(b, "induction", "3", by: "bea")
        result = try a.workshop(["merge", "s1", other])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("1 record added"))
        #expect(result.stdout.contains("applied --room strand-b, as the earlier merge of '\(other)' did"))
        let after = try a.standing()
        #expect(after == (merged + ["induction academic strand-b_table-1=3"]).sorted())
    }

    @Test func gitsMergeDriverAppliesTheKeptRuleAndRefusesAnother() throws {
        let (a, b) = try twoRooms(bFirst: false)
        let other = b.journal("s1").path
        #expect(try a.workshop(["merge", "s1", other, "--room", "strand-b"]).status == 0)
        try score(b, "induction", "3", by: "bea")
        let ours = a.url.appendingPathComponent("ours.jsonl"), base = a.url.appendingPathComponent("base.jsonl")
        try FileManager.default.copyItem(at: a.journal("s1"), to: ours)
        try FileManager.default.copyItem(at: a.journal("s1"), to: base)
        let before = try Data(contentsOf: ours)

        var result = try a.workshop(["merge-driver", "--same-groups", base.path, ours.path, other])
        #expect(result.status == 1)
        #expect(result.stderr.contains("was merged into this session before with --room strand-b"))
        #expect(try Data(contentsOf: ours) == before, "a refusal leaves our copy whole")

        result = try a.workshop(["merge-driver", base.path, ours.path, other])
        #expect(result.status == 0, "\(result.stderr)")
        let merged = try String(contentsOf: ours, encoding: .utf8)
        #expect(merged.contains(#""activity":"induction","persona":"academic","group":"strand-b_table-1""#))
        #expect(!merged.contains(#""group":"table-1","answer":"2""#), "room B's first answer keeps its new name")
    }

    /// Room B's laptop got a copy of A's journal before the workshop (one start record): no rule can
    /// name that copy, but the records both hold show the renaming, and it is applied and held to.
    @Test func aCopyOfTheSameJournalIsHeldToTheRenamingItsRecordsShow() throws {
        let a = try ExampleCopy(), b = try ExampleCopy()
        #expect(try a.workshop(["start", "stirling-2015", "--as", "s1"]).status == 0)
        try FileManager.default.copyItem(at: a.journal("s1"), to: b.journal("s1"))
        try score(a, "drop-in", "4", by: "anna")
        try score(b, "drop-in", "2", by: "bea")
        let other = b.journal("s1").path
        #expect(try a.workshop(["merge", "s1", other, "--room", "strand-b"]).status == 0)
        let file = try a.journalFile()
        #expect(try a.workshop(["merge", "s1", other]).stdout.hasPrefix("nothing to add"))
        #expect(try a.journalFile() == file)

        try score(b, "induction", "3", by: "bea")
        let refused = try a.workshop(["merge", "s1", other, "--same-groups"])
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: '\(other)' was merged into this session before with --room strand-b (the "
            + "records both hold are renamed so here), not --same-groups: merge it again with no option or with --room "
            + "strand-b; nothing was merged\n")
        #expect(try a.journalFile() == file)
        let result = try a.workshop(["merge", "s1", other])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try a.standing() == [
            "drop-in academic strand-b_table-1=2", "drop-in academic table-1=4", "induction academic strand-b_table-1=3",
        ])
    }

    /// Room B started first, so the merged journal keeps B's start record, and so does every copy of
    /// it: a co-facilitator's copy is not room B, and its own table-1 answers keep their name when it
    /// is merged back, by `merge` and by git's merge driver alike.
    @Test func aCopyOfTheMergedJournalKeepsItsOwnGroupsWhenMergedBack() throws {
        let (a, b) = try twoRooms(bFirst: true)
        #expect(try a.workshop(["merge", "s1", b.journal("s1").path, "--room", "strand-b"]).status == 0)
        let copy = try ExampleCopy()
        try FileManager.default.copyItem(at: a.journal("s1"), to: copy.journal("s1"))
        try score(copy, "induction", "5", by: "cleo")
        let ours = a.url.appendingPathComponent("ours.jsonl"), base = a.url.appendingPathComponent("base.jsonl")
        try FileManager.default.copyItem(at: a.journal("s1"), to: ours)
        try FileManager.default.copyItem(at: a.journal("s1"), to: base)
        let merged = try a.standing()

        let result = try a.workshop(["merge", "s1", copy.journal("s1").path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try a.standing() == (merged + ["induction academic table-1=5"]).sorted())

        let driven = try a.workshop(["merge-driver", base.path, ours.path, copy.journal("s1").path])
        #expect(driven.status == 0, "\(driven.stderr)")
        let text = try String(contentsOf: ours, encoding: .utf8)
        let kept = text.contains(#""activity":"induction","persona":"academic","group":"table-1""#)
        let renamed = text.contains(#""activity":"induction","persona":"academic","group":"strand-b_table-1""#)
        #expect(kept && !renamed, "the copy's own table-1 answer keeps its group")
    }

    /// The id of the merge-rule record in A's journal.
    func ruleID(_ room: ExampleCopy) throws -> String {
        let text = try String(contentsOf: room.journal("s1"), encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.contains(#""type":"merge-rule""#) })
        return String(try #require(line.firstMatch(of: /"id":"([0-9a-f]{16})"/)).output.1)
    }
}
