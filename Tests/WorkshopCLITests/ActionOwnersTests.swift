import Foundation
import Testing
import WorkshopTestSupport

/// Several owners per action (issue 28, item 3.1): `--owner` given once per owner, each listed and
/// filterable; the journal keeps `owner` as the first for older readers and `owners` for all; carry-in,
/// redaction and a merge keep or blank every one.
struct ActionOwnersTests {
    let series = ActionCommandTests()

    /// The journal's lines of `type`, as JSON objects.
    func records(_ copy: ExampleCopy, _ session: String, type: String) throws -> [[String: Any]] {
        try String(contentsOf: copy.journal(session), encoding: .utf8).split(separator: "\n").compactMap {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }.filter { $0["type"] as? String == type }
    }

    @Test func twoOwnersAreRecordedListedFilteredAndCarried() throws {
        let copy = try series.seriesCopy()
        let first = try copy.workshop([], input: """
            start action-learning-set --as m1
            action share the case study --owner Ewan --owner Priya --due +4w
            action book the room --owner Mairi
            action tidy up --owner Ewan --owner ewan
            """)
        #expect(first.stderr.isEmpty)
        #expect(first.stdout.contains("agreed #1 \"share the case study\" (owners Ewan, Priya, due 2016-03-09)"))
        #expect(first.stdout.contains("agreed #3 \"tidy up\" (owner Ewan)"))
        let actions = try records(copy, "m1", type: "action")
        #expect(actions[0]["owner"] as? String == "Ewan" && actions[0]["owners"] as? [String] == ["Ewan", "Priya"])
        // One owner is written as before: `owner` alone.
        #expect(actions[1]["owner"] as? String == "Mairi" && actions[1]["owners"] == nil)
        let priya = try copy.workshop(["actions", "m1", "--owner", "priya"], environment: ["COLUMNS": "200"]).stdout
        #expect(priya.components(separatedBy: "\n").filter { !$0.isEmpty }.map { String($0.prefix(2)) } == ["#1"])
        #expect(try copy.workshop(["actions", "m1", "--owner", "ewan"]).stdout.components(separatedBy: "\n")
            .filter { $0.hasPrefix("#") }.count == 2)
        // The next meeting carries both owners in, and lists them.
        #expect(try copy.workshop(["start", "als-next", "--as", "m2"]).status == 0)
        let carried = try records(copy, "m2", type: "carry").first
        #expect(carried?["owners"] as? [String] == ["Ewan", "Priya"] && carried?["owner"] as? String == "Ewan")
        let m2 = try copy.workshop(["actions", "m2", "--owner", "Priya"], environment: ["COLUMNS": "200"]).stdout
        #expect(m2.hasPrefix("#1 \"share the case study\" (owners Ewan, Priya, due 2016-03-09): to review"))
        let summary = try copy.workshop(["summary", "m2", "--format", "json"]).stdout
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.utf8)) as? [String: Any])
        let entry = try #require(((json["actions"] as? [String: Any])?["reviewed"] as? [[String: Any]])?.first)
        #expect(entry["owners"] as? [String] == ["Ewan", "Priya"] && entry["owner"] as? String == "Ewan")
    }

    @Test func ownerIsTheOneOptionThatRepeats() throws {
        let copy = try series.seriesCopy()
        let twice = try copy.workshop([], input: "start action-learning-set --as m1\naction x --owner A --due +1w --due +2w\n")
        #expect(twice.stderr == "line 2: error: --due given twice ('+1w', '+2w'); give it once\n")
        let filter = try copy.workshop(["actions", "m1", "--owner", "A", "--owner", "B"])
        #expect(filter.stderr == "error: --owner given twice ('A', 'B'); give it once\n")
    }

    @Test func redactionBlanksEveryOwner() throws {
        let copy = try series.seriesCopy()
        _ = try copy.workshop([], input: "start action-learning-set --as m1\naction call Dr Jones --owner Ewan --owner Priya\n")
        let id = try #require(try records(copy, "m1", type: "action").first?["id"] as? String)
        let redact = try copy.workshop(["redact", "m1", id, "--reason", "names a person"])
        #expect(redact.status == 0, "\(redact.stderr)")
        let journal = try String(contentsOf: copy.journal("m1"), encoding: .utf8)
        #expect(!journal.contains("Priya") && !journal.contains("Ewan"))
        let line = try #require(try records(copy, "m1", type: "action").first)
        #expect(line["owners"] as? [String] == [] && line["owner"] as? String == "")
        #expect(try copy.workshop(["actions", "m1"]).stdout.hasPrefix("#1 \"[redacted]\": open"))
        // The blank carries into the next meeting blank.
        _ = try copy.workshop(["start", "als-next", "--as", "m2"])
        #expect(!(try String(contentsOf: copy.journal("m2"), encoding: .utf8)).contains("Priya"))
    }

    @Test func anOlderJournalWithOnlyOwnerStillLoads() throws {
        let copy = try series.seriesCopy()
        _ = try copy.workshop([], input: "start action-learning-set --as m1\naction book the room --owner Mairi --owner Ewan\n")
        // As a writer before owners wrote it: `owner` and no `owners`.
        let old = try String(contentsOf: copy.journal("m1"), encoding: .utf8).replacingOccurrences(of: #","owners":["Mairi","Ewan"]"#, with: "")
        #expect(!old.contains("owners"))
        try old.write(to: copy.journal("m1"), atomically: true, encoding: .utf8)
        #expect(try copy.workshop(["actions", "m1", "--owner", "mairi"]).stdout.hasPrefix("#1 \"book the room\" (owner Mairi): open"))
    }

    @Test func aMergeKeepsBothCopiesOwners() throws {
        let a = try ExampleCopy(), b = try ExampleCopy()
        for (room, words) in [(a, ["--owner", "Ewan", "--owner", "Priya"]), (b, ["--owner", "Mairi", "--owner", "Sam"])] {
            #expect(try room.workshop(["start", "partnership-review", "--as", "s1"]).status == 0)
            #expect(try room.workshop(["action", "s1", "follow", "up"] + words).status == 0)
        }
        let merged = try a.workshop(["merge", "s1", b.journal("s1").path, "--same-groups"])
        #expect(merged.status == 0, "\(merged.stderr)")
        let listed = try a.workshop(["actions", "s1"], environment: ["COLUMNS": "200"]).stdout
        #expect(listed.contains("(owners Ewan, Priya): open") && listed.contains("(owners Mairi, Sam): open"))
        #expect(try a.workshop(["actions", "s1", "--owner", "sam"]).stdout.components(separatedBy: "\n").filter { $0.hasPrefix("#") }.count == 1)
    }
}
