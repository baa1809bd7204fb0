import Foundation
import Testing
import WorkshopTestSupport

/// `compare` and `trend` through both doors, their refusals, and the HTML report of a meeting.
struct CompareCommandTests {
    @Test func bothDoorsGiveTheSameAnswer() throws {
        let fixture = try SeriesFixture()
        for command in [["compare", "rg-1", "rg-2", "--format", "json"], ["trend", "read", "--persona", "acad", "-a", "jour"],
                        ["compare", "rg-2", "--format", "csv"], ["trend", "reading-group", "--format", "markdown"]] {
            let shell = try fixture.copy.workshop(command)
            let batch = try fixture.copy.workshop([], input: command.joined(separator: " ") + "\n")
            #expect(shell.status == 0 && batch.status == 0, "\(shell.stderr)\(batch.stderr)")
            #expect(shell.stdout == batch.stdout && !shell.stdout.isEmpty)
        }
    }

    @Test func oneSessionIsComparedWithTheMeetingBeforeIt() throws {
        let fixture = try SeriesFixture()
        let alone = try fixture.copy.workshop(["compare", "rg-3"])
        #expect(alone.stdout == (try fixture.copy.workshop(["compare", "rg-2", "rg-3"])).stdout)
        #expect(alone.stdout.hasPrefix("Change from 'rg-2' to 'rg-3'"))
    }

    @Test func partlyOverlappingPlansCompareWhatOverlapsAndNameTheRest() throws {
        let fixture = try SeriesFixture()
        let result = try fixture.copy.workshop(["compare", "rg-1", "rg-3"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Left out: only one plan has them\n  activity 'podcast' (Podcast series): only in 'rg-1'\n"
            + "  activity 'walk' (Library walk): only in 'rg-3'\n"))
        #expect(!result.stdout.contains("Podcast series ") && result.stdout.contains("Journal club   ▓▲+2"))
    }

    @Test func theTrendIsCalledOnlyOnThreeAnswersEachSide() throws {
        let fixture = try SeriesFixture()
        let result = try fixture.copy.workshop(["trend", "reading-group", "--activity", "journal-club", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["rows"] as? [[String: Any]])
        #expect(rows.map { $0["persona"] as? String } == ["academic", "phd-candidate", "undergraduate"])
        #expect(rows.map { $0["called"] as? Bool } == [true, false, false])
        let methods = try #require(object["methods"] as? [String: String])
        #expect(methods["trend"]?.contains("at least 3 answers") == true)
    }

    @Test func atThePromptTheOpenSessionIsComparedAsItNowIs() throws {
        let fixture = try SeriesFixture()
        let result = try fixture.copy.workshop([], input: """
            open rg-2
            score journal-club academic 1 -g t4
            compare rg-1 rg-2 --format csv
            """)
        #expect(result.status == 0, "\(result.stderr)")
        // Up by 1 on three and four answers, but within the noise: not called.
        #expect(result.stdout.contains("rg-1,rg-2,journal-club,Journal club,academic,Academic,,3,3,0,4,4,0,1,up,no\r\n"))
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    @Test(arguments: [
        Refusal(arguments: ["compare", "rg-1", "disjoint"],
                message: "'rg-1' and 'disjoint' (plans 'rg-1' and 'disjoint') have no activities in common; there is nothing to compare"),
        Refusal(arguments: ["compare", "rg-1", "rag-review"],
                message: "'rg-1' rates on the scale '1-5' and 'rag-review' on 'rag'; medians on different scales are not compared"),
        Refusal(arguments: ["compare", "rg-1", "rg-1"], message: "'rg-1' was named twice; compare needs two different sessions"),
        Refusal(arguments: ["compare", "rg-1"],
                message: "'rg-1' is the first meeting of series 'reading-group'; name both sessions: compare OTHER rg-1"),
        Refusal(arguments: ["compare", "disjoint"],
                message: "'disjoint' belongs to no series, so it has no meeting before it; name both sessions: compare OTHER disjoint"),
        Refusal(arguments: ["compare", "rg-1", "rg-9"], message: "unknown session 'rg-9'; did you mean 'rg-1'?"),
        Refusal(arguments: ["trend", "reading-grup"], message: "unknown series 'reading-grup'; did you mean 'reading-group'?"),
        Refusal(arguments: ["trend", "reading-group", "--persona", "profesor"],
                message: "no meeting of series 'reading-group' has the persona 'profesor'; personas: academic, phd-candidate, undergraduate"),
        Refusal(arguments: ["trend", "reading-group", "-a", "drop-inn"],
                message: "no meeting of series 'reading-group' has the activity 'drop-inn'; did you mean 'drop-in'?"),
        Refusal(arguments: ["compare", "rg-1", "rg-2", "--format", "pdf"],
                message: "compare: the value 'pdf' is invalid for '--format <format>'; use one of: text, json, markdown, csv"),
    ])
    func badInputIsRefusedInOneLineAndWritesNothing(_ refusal: Refusal) throws {
        let fixture = try SeriesFixture()
        let before = fixture.copy.folder.snapshot()
        let shell = try fixture.copy.workshop(refusal.arguments)
        #expect(shell.status == 1)
        #expect(shell.stderr == "error: \(refusal.message)\n")
        #expect(shell.stdout.isEmpty)
        let batch = try fixture.copy.workshop([], input: refusal.arguments.joined(separator: " ") + "\n")
        #expect(batch.status == 1)
        #expect(batch.stderr.hasPrefix("line 1: error: ") && batch.stderr.hasSuffix("\n")
            && batch.stderr.split(separator: "\n").count == 1)
        #expect(fixture.copy.folder.snapshot() == before)
    }

    @Test func everyLineFitsTheTerminalAndColourRepeatsTheChange() throws {
        let fixture = try SeriesFixture()
        for arguments in [["compare", "rg-1", "rg-2"], ["trend", "reading-group"]] {
            for columns in [40, 60, 80, 100] {
                let result = try fixture.copy.workshop(arguments, environment: ["COLUMNS": "\(columns)"])
                let long = result.stdout.components(separatedBy: "\n").filter { $0.count > columns }
                #expect(result.status == 0 && long == [], "\(arguments) at \(columns) columns")
            }
        }
        let coloured = try fixture.copy.workshop(["compare", "rg-1", "rg-2", "--color", "always"])
        #expect(coloured.stdout.contains("\u{1B}[48;5;215;30m▒▲+1"))
    }
}
