import Foundation
import Testing
import WorkshopTestSupport

/// Actions through the doors a facilitator uses: subcommands, batch mode, and the series they carry across.
struct ActionCommandTests {
    /// A copy of the example with a second meeting of the action learning set, six weeks on.
    func seriesCopy() throws -> ExampleCopy {
        let copy = try ExampleCopy()
        try copy.removeBundledLearningSet()
        let first = copy.url.appendingPathComponent("sessions/action-learning-set.yaml")
        let text = try String(contentsOf: first, encoding: .utf8)
        try text.replacingOccurrences(of: "date: 2016-02-10", with: "date: 2016-03-23")
            .write(to: copy.url.appendingPathComponent("sessions/als-next.yaml"), atomically: true, encoding: .utf8)
        return copy
    }

    @Test func actionsAgreedAtOneMeetingAreReviewedAtTheNext() throws {
        let copy = try seriesCopy()
        let first = try copy.workshop([], input: """
            start action-learning-set --as m1
            action start the written case study --owner Ewan --due +4w
            action plan the video case study, with who else could take part --owner Ewan --due next-meeting
            action check the social-media policy --owner Mairi
            review 3 done --note "it needs no change"
            """)
        #expect(first.stderr.isEmpty)
        #expect(first.stdout.contains("agreed #1 \"start the written case study\" (owner Ewan, due 2016-03-09)"))
        let start = try copy.workshop(["start", "als-next", "--as", "m2"])
        #expect(start.stdout.contains("2 actions to review from meeting 1 (2016-02-10); 'review' walks them"))
        let second = try copy.workshop([], input: """
            open m2
            review #1 in-progress --note "draft with the funder"
            review 2 c
            action get business development using social media --owner Ewan
            """)
        #expect(second.stderr.isEmpty)
        #expect(second.stdout.contains("reviewed #1 \"start the written case study\": in-progress — draft with the funder"))
        #expect(second.stdout.contains("agreed #4 \"get business development using social media\" (owner Ewan)"))
        let open = try copy.workshop(["actions", "m2"]).stdout
        #expect(open.components(separatedBy: "\n").filter { $0.hasPrefix("#") }.map { $0.prefix(2) } == ["#1", "#2", "#4"])
        let series = try copy.workshop(["actions", "--series", "action", "--all", "--owner", "mairi"], environment: ["COLUMNS": "200"]).stdout
        #expect(series.hasPrefix("#3 \"check the social-media policy\" (owner Mairi): done at meeting 1 (it needs no change)"))
        let listing = try copy.workshop(["series"]).stdout
        #expect(listing.contains("action-learning-set: 2 meetings"))
        #expect(listing.contains("  2. 2016-03-23  m2  0 answers, 3 open actions"))
    }

    @Test func anActionCarriedTwiceIsFlagged() throws {
        let copy = try seriesCopy()
        let third = copy.url.appendingPathComponent("sessions/als-third.yaml")
        try String(contentsOf: copy.url.appendingPathComponent("sessions/action-learning-set.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "date: 2016-02-10", with: "date: 2016-05-04").write(to: third, atomically: true, encoding: .utf8)
        _ = try copy.workshop([], input: "start action-learning-set --as m1\naction write it up\n")
        _ = try copy.workshop([], input: "start als-next --as m2\nreview 1 carried\n")
        #expect(try copy.workshop(["start", "als-third", "--as", "m3"]).stdout.contains("1 action to review from meeting 2 (2016-03-23)"))
        let summary = try copy.workshop(["summary", "m3"]).stdout
        #expect(summary.contains("#1 \"write it up\": to review; agreed 2016-02-10, carried 2 times ⚑"))
        #expect(try copy.workshop(["actions", "m3"]).stdout.contains("#1 \"write it up\" ⚑: to review"))
    }

    @Test func undoTakesBackAReview() throws {
        let copy = try seriesCopy()
        let result = try copy.workshop([], input: """
            start action-learning-set --as m1
            action write it up
            review 1 done
            undo
            actions --all
            """)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("undid review #1: done"))
        #expect(result.stdout.contains("#1 \"write it up\": open"))
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var line: String
        var message: String
        var testDescription: String { line }
    }

    @Test(arguments: [
        Refusal(line: "review 9 done", message: "unknown action '9'; did you mean '#1'?"),
        Refusal(line: "review 1 finished", message: "review 1: give a status: done, in-progress, carried or dropped"),
        Refusal(line: "action write it --due soon", message: "action --due 'soon': give a date (2016-03-10), +10d, +2w, +1m or next-meeting"),
        Refusal(line: "action --owner Ewan", message: "the action is empty; write what is to be done after the session"),
        Refusal(line: "actions --series nosuch", message: "unknown series 'nosuch'; series: action-learning-set, engaging-schools"),
    ])
    func badInputIsRefusedInOneLineAndWritesNothing(_ refusal: Refusal) throws {
        let copy = try seriesCopy()
        _ = try copy.workshop([], input: "start action-learning-set --as m1\naction write it up\n")
        let before = copy.folder.snapshot()
        let result = try copy.workshop([], input: "open m1\n\(refusal.line)\n")
        #expect(result.status == 1)
        #expect(result.stderr == "line 2: error: \(refusal.message)\n")
        #expect(copy.folder.snapshot() == before)
    }

    @Test func anActionOfAnotherSeriesIsRefusedWithWhereItBelongs() throws {
        let copy = try ExampleCopy()
        let journal = try String(contentsOf: copy.journal("demo-2016"), encoding: .utf8)
        let match = try #require(journal.firstMatch(of: /"type":"action","id":"([0-9a-f]{16})"/))
        let prefix = String(match.output.1.prefix(6))
        _ = try copy.workshop(["undo", "learning-set-3"], environment: ["WORKSHOP_FACILITATOR": "set-facilitator"])
        let before = copy.folder.snapshot()
        let result = try copy.workshop(["review", "learning-set-3", prefix, "done"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: action '\(prefix)' was agreed in series 'engaging-schools' (session 'demo-2016'), "
            + "not in series 'action-learning-set'; review it there\n")
        #expect(copy.folder.snapshot() == before)
        let ages = try copy.workshop(["actions", "learning-set-3"], environment: ["COLUMNS": "300"]).stdout
        #expect(ages.contains("agreed at meeting 1 (2016-02-10), carried 2 times, open for 2 meetings"))
    }

    @Test func actionsLeaveAsCSVAndAsACalendar() throws {
        let copy = try seriesCopy()
        _ = try copy.workshop([], input: "start action-learning-set --as m1\naction write it up, then; send it --owner Ewan --due 2016-03-09\naction think\n")
        let csv = try copy.workshop(["export", "m1", "--format", "csv", "--shape", "actions"]).stdout
        let rows = csv.components(separatedBy: "\r\n")
        #expect(rows[0] == "number,id,text,owner,due,status,note,agreed_in,agreed_on,carries")
        #expect(rows[1].hasPrefix("1,") && rows[1].contains(",\"write it up, then; send it\",Ewan,2016-03-09,open,,m1,2016-02-10,0"))
        let ics = try copy.workshop(["export", "m1", "--format", "ics"])
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.stdout.contains("SUMMARY:#1 write it up\\, then\\; send it\r\n"))
        #expect(ics.stdout.contains("DUE;VALUE=DATE:20160309\r\n"))
        #expect(ics.stdout.components(separatedBy: "BEGIN:VTODO").count == 2)
        #expect(ics.stdout.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        _ = try copy.workshop(["start", "stirling-2015", "--as", "empty"])
        let refused = try copy.workshop(["export", "empty", "--format", "ics"])
        #expect(refused.stderr == "error: session 'empty' has no actions with a due date, so there is nothing for a calendar\n")
    }
}
