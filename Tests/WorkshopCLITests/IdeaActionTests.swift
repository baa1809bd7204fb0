import Foundation
import Testing
import WorkshopTestSupport

/// From idea to action: `action --from-idea` points back at the idea, `actions` says so, and the next
/// meeting of the series carries the action in still saying where it came from.
struct IdeaActionTests {
    @Test func anActionFromAnIdeaIsCarriedIntoTheNextMeetingWithItsOrigin() throws {
        let copy = try ActionCommandTests().seriesCopy()
        let first = try copy.workshop([], input: """
            start action-learning-set --as m1
            idea --prompt pitfalls rooms get booked late; book them a term ahead
            idea --prompt advice ask for help early
            action --from-idea %1 --owner Ewan --due next-meeting
            action --from-idea 2 write a one-page guide --owner Mairi
            actions
            """, environment: ["COLUMNS": "200"])
        #expect(first.stderr.isEmpty)
        #expect(first.stdout.contains("agreed #1 \"rooms get booked late; book them a term ahead\" (owner Ewan, due next-meeting) from %1\n"))
        #expect(first.stdout.contains("agreed #2 \"write a one-page guide\" (owner Mairi) from %2\n"))
        #expect(first.stdout.contains("#1 \"rooms get booked late; book them a term ahead\" (owner Ewan, due next-meeting): open; "
            + "agreed at meeting 1 (2016-02-10), from %1\n"))
        let journal = try String(contentsOf: copy.journal("m1"), encoding: .utf8)
        let idea = try #require(journal.firstMatch(of: /"type":"idea","id":"([0-9a-f]{16})"/)).output.1
        #expect(journal.contains("\"idea\":\"\(idea)\""))
        let start = try copy.workshop(["start", "als-next", "--as", "m2"])
        #expect(start.stderr.isEmpty)
        let carried = try String(contentsOf: copy.journal("m2"), encoding: .utf8)
        #expect(carried.contains("\"type\":\"carry\"") && carried.contains("\"idea\":\"\(idea)\""))
        let listed = try copy.workshop(["actions", "m2"], environment: ["COLUMNS": "200"]).stdout
        #expect(listed.contains("#1 \"rooms get booked late; book them a term ahead\" (owner Ewan, due next-meeting): to review; "
            + "agreed at meeting 1 (2016-02-10), carried once, from %1"))
        let series = try copy.workshop(["actions", "--series", "action-learning-set"], environment: ["COLUMNS": "200"]).stdout
        #expect(series.contains("from %2"))
    }
}
