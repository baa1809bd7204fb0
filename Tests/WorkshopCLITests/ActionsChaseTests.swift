import Foundation
import Testing
import WorkshopTestSupport

/// Actions that chase themselves (issue 28, item 3): overdue marks, `next-meeting` resolved in the
/// calendar once the next meeting's plan exists, `series` from the plans, and a review of an action
/// already closed, through subcommands, batch mode and the files on disk.
struct ActionsChaseTests {
    let fixture = ActionCommandTests()

    /// Meeting 1 (2016-02-10) agrees three actions; meeting 2 (2016-03-23) carries the open ones in.
    func twoMeetings() throws -> ExampleCopy {
        let copy = try fixture.seriesCopy()
        let first = try copy.workshop([], input: """
            start action-learning-set --as m1
            action send the template --owner Ewan --due 2016-03-01
            action film the case --owner Priya --due 2016-04-30
            action plan the next step --due next-meeting
            action check the policy --owner Mairi
            review 4 done
            """)
        #expect(first.stderr.isEmpty)
        #expect(try copy.workshop(["start", "als-next", "--as", "m2"]).status == 0)
        return copy
    }

    @Test func actionsDueBeforeTheReviewingMeetingAreMarkedOverdue() throws {
        let copy = try twoMeetings()
        let listed = try copy.workshop(["actions", "m2"], environment: ["COLUMNS": "250"]).stdout.components(separatedBy: "\n")
        // Due 2016-03-01, reviewed at 2016-03-23: overdue. Due 2016-04-30 and due next-meeting: not yet.
        #expect(listed.first { $0.hasPrefix("#1") }?.contains(": to review, overdue;") == true)
        #expect(listed.first { $0.hasPrefix("#2") }?.contains("overdue") == false)
        #expect(listed.first { $0.hasPrefix("#3") }?.contains("overdue") == false)
        // Reviewed as done, it is no longer overdue.
        _ = try copy.workshop(["review", "m2", "1", "done"])
        #expect(try copy.workshop(["actions", "m2", "--all"]).stdout.contains("overdue") == false)
        // The actions agreed at m1 are measured against m2, the meeting that reviews them.
        let m1 = try copy.workshop(["actions", "m1"], environment: ["COLUMNS": "250"]).stdout.components(separatedBy: "\n")
        #expect(m1.first { $0.hasPrefix("#1") }?.contains("open, overdue;") == true)
        #expect(m1.first { $0.hasPrefix("#2") }?.contains("overdue") == false)
        // An action whose review is still to come is measured against today: 2016 is long past.
        _ = try copy.workshop(["action", "m2", "write", "it", "up", "--due", "2016-04-01"])
        let m2 = try copy.workshop(["actions", "m2"], environment: ["COLUMNS": "250"]).stdout
        #expect(m2.components(separatedBy: "\n").first { $0.hasPrefix("#5") }?.contains("open, overdue;") == true)
    }

    @Test func theSummaryJSONMarksOverdueForTheReport() throws {
        let copy = try twoMeetings()
        let summary = try copy.workshop(["summary", "m2", "--format", "json"]).stdout
        let json = try #require(try JSONSerialization.jsonObject(with: Data(summary.utf8)) as? [String: Any])
        let reviewed = try #require((json["actions"] as? [String: Any])?["reviewed"] as? [[String: Any]])
        #expect(reviewed.map { $0["overdue"] as? Bool } == [true, false, false])
    }

    @Test func nextMeetingIsTheNextPlansDateInTheCalendarOnceItExists() throws {
        let copy = try fixture.seriesCopy()
        for later in ["als-next", "action-learning-set-2", "action-learning-set-3"] {
            try FileManager.default.removeItem(at: copy.url.appendingPathComponent("sessions/\(later).yaml"))
        }
        _ = try copy.workshop([], input: "start action-learning-set --as m1\naction plan the next step --due next-meeting\n")
        let before = try copy.workshop(["export", "m1", "--format", "ics"]).stdout
        #expect(!before.contains("DUE;"))
        #expect(before.replacingOccurrences(of: "\r\n ", with: "").contains("Due by the next meeting\\, not planned yet."))
        // The next meeting's plan appears: the to-do is due that day.
        let plan = try String(contentsOf: copy.url.appendingPathComponent("sessions/action-learning-set.yaml"), encoding: .utf8)
        try plan.replacingOccurrences(of: "date: 2016-02-10", with: "date: 2016-03-23")
            .write(to: copy.url.appendingPathComponent("sessions/als-next.yaml"), atomically: true, encoding: .utf8)
        let after = try copy.workshop(["export", "m1", "--format", "ics"]).stdout
        #expect(after.contains("DUE;VALUE=DATE:20160323\r\n"))
        #expect(after.replacingOccurrences(of: "\r\n ", with: "").contains("Due by the next meeting (2016-03-23)."))
        // Carried into that next meeting and exported from it (with a third meeting planned), the
        // action is still due on the day of the meeting after the one that agreed it, not the third.
        try plan.replacingOccurrences(of: "date: 2016-02-10", with: "date: 2016-05-04")
            .write(to: copy.url.appendingPathComponent("sessions/als-third.yaml"), atomically: true, encoding: .utf8)
        _ = try copy.workshop([], input: "start als-next --as m2\naction write it up --due next-meeting\n")
        let carried = try copy.workshop(["export", "m2", "--format", "ics"]).stdout
        let todos = carried.components(separatedBy: "BEGIN:VTODO").dropFirst()
        #expect(todos.first { $0.contains("plan the next step") }?.contains("DUE;VALUE=DATE:20160323\r\n") == true)
        #expect(todos.first { $0.contains("write it up") }?.contains("DUE;VALUE=DATE:20160504\r\n") == true)
    }

    @Test func seriesListsThePlansSeriesWithMeetingsSoFarAndPlansToCome() throws {
        let copy = try fixture.seriesCopy()
        let none = try copy.workshop(["series"], environment: ["COLUMNS": "200"]).stdout
        #expect(none.contains("action-learning-set: 0 meetings, 4 planned\n  -  2016-02-10  action-learning-set  planned, not started\n"
            + "  -  2016-03-23  action-learning-set-2  planned, not started\n  -  2016-03-23  als-next  planned, not started\n"
            + "  -  2016-05-04  action-learning-set-3  planned, not started\n"))
        _ = try copy.workshop(["start", "action-learning-set", "--as", "m1"])
        let one = try copy.workshop(["series", "action"], environment: ["COLUMNS": "200"]).stdout
        #expect(one.hasPrefix("action-learning-set: 1 meeting, 3 planned\n  1. 2016-02-10  m1  0 answers, 0 open actions\n"))
        #expect(one.contains("  -  2016-03-23  als-next  planned, not started"))
    }

    @Test func reviewingAClosedActionSaysSoAndWritesNothing() throws {
        let copy = try twoMeetings()
        _ = try copy.workshop(["review", "m2", "1", "done"])
        let before = copy.folder.snapshot()
        let again = try copy.workshop(["review", "m2", "1", "done"])
        #expect(again.status == 0 && again.stdout == "#1 \"send the template\" is already done at this meeting; nothing recorded\n")
        let other = try copy.workshop(["review", "m2", "1", "carried"])
        #expect(other.status == 1)
        #expect(other.stderr == "error: #1 \"send the template\" is already done at this meeting; nothing recorded "
            + "('undo' takes that review back, then review it again)\n")
        // #4 was closed at meeting 1 and never carried in.
        let earlier = try copy.workshop([], input: "open m2\nreview 4 done\n")
        #expect(earlier.status == 0 && earlier.stderr.isEmpty)
        #expect(earlier.stdout.contains("#4 \"check the policy\" was closed at meeting 1 ('m1'): done; nothing to review\n"))
        #expect(copy.folder.snapshot() == before)
    }
}
