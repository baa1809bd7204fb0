import Testing
@testable import WorkshopKit

struct DueDateAndStatusTests {
    struct Typed: Sendable, CustomTestStringConvertible {
        var text: String
        var expected: DueDate?
        var testDescription: String { text }
    }

    @Test(arguments: [
        Typed(text: "2016-03-10", expected: .day("2016-03-10")),
        Typed(text: "next-meeting", expected: .nextMeeting),
        Typed(text: "+2w", expected: .day("2016-02-24")),
        Typed(text: "+10d", expected: .day("2016-02-20")),
        Typed(text: "+1m", expected: .day("2016-03-10")),
        Typed(text: "+3w", expected: .day("2016-03-02")),  // across the end of a leap February
        Typed(text: "2016-02-30", expected: nil),
        Typed(text: "2016-3-1", expected: nil),
        Typed(text: "soon", expected: nil),
        Typed(text: "+2x", expected: nil),
        Typed(text: "+-2d", expected: nil),
        Typed(text: "+9223372036854775807d", expected: nil),
        Typed(text: "+99999999999w", expected: nil),
        Typed(text: "+121m", expected: nil),
        Typed(text: "+120m", expected: .day("2026-02-10")),
    ])
    func dueDatesAreStoredAsDays(_ typed: Typed) {
        #expect(DueDate(typed: typed.text, from: "2016-02-10") == typed.expected)
    }

    @Test func storedDueDatesReadBack() {
        #expect(DueDate(stored: "2016-03-10")?.text == "2016-03-10")
        #expect(DueDate(stored: "next-meeting") == .nextMeeting)
        #expect(DueDate(stored: "+2w") == nil)
    }

    @Test func statusesByNameKeyOrPrefix() {
        #expect(ActionStatus(typed: "done") == .done)
        #expect(ActionStatus(typed: "d") == .done)
        #expect(ActionStatus(typed: "P") == .inProgress)
        #expect(ActionStatus(typed: "in-progress") == .inProgress)
        #expect(ActionStatus(typed: "progress") == .inProgress)
        #expect(ActionStatus(typed: "carr") == .carried)
        #expect(ActionStatus(typed: "x") == .dropped)
        #expect(ActionStatus(typed: "drop") == .dropped)
        #expect(ActionStatus(typed: "finished") == nil)
        #expect(ActionStatus.done.closes && ActionStatus.dropped.closes)
        #expect(!ActionStatus.inProgress.closes && !ActionStatus.carried.closes)
    }
}
