import Foundation
import Testing
import WorkshopKit
@testable import WorkshopServer

/// What the projector is sent: medians per persona and activity, who owes what, and nothing of the
/// figures while they are hidden.
struct RoomViewTests {
    @Test func mediansCoverageAndHiding() throws {
        let fixture = try RoomFixture()
        let session = fixture.session
        for (group, value) in [("table-1", 1), ("table-2", 2), ("table-3", 4)] {
            try session.record(.answer(Cell(activity: "drop-in", persona: "academic", group: group), .level(value), note: nil), by: "a")
        }
        try session.record(.answer(Cell(activity: "induction", persona: "academic", group: "table-1"), .unsure, note: nil), by: "a")
        let view = RoomView(state: session.state, assignments: ["table-1": "academic"], hideUntilComplete: false)
        let row = try #require(view.activities.firstIndex { $0.id == "drop-in" })
        let column = try #require(view.personas.firstIndex { $0.id == "academic" })
        #expect(view.cells[row][column].n == 3)
        #expect(view.cells[row][column].text == "3", "median of 2, 3 and 5 on the 1-5 scale")
        #expect(view.cells[row][column].shade == 0.5)
        let induction = try #require(view.activities.firstIndex { $0.id == "induction" })
        #expect(view.cells[induction][column].text == "?" && view.cells[induction][column].shade == nil)
        let table1 = try #require(view.coverage.first { $0.group == "table-1" })
        #expect(table1.answered == 2 && table1.total == 14 && table1.persona == "Academic")
        #expect(view.coverage.first { $0.group == "table-4" }?.answered == 0)
        #expect(!view.complete && !view.hidden)

        let hidden = RoomView(state: session.state, assignments: [:], hideUntilComplete: true)
        #expect(hidden.hidden)
        #expect(hidden.cells.joined().allSatisfy { $0.text == nil && $0.shade == nil })
        #expect(hidden.cells[row][column].n == 3, "counts still show how far the room has got")
        let json = String(decoding: try JSONEncoder().encode(hidden), as: UTF8.self)
        #expect(!json.contains("\"text\""), "the figures are not in what a hidden projector is sent")
    }
}
