import Foundation
import Testing
import WorkshopKit
import WorkshopTestSupport
@testable import WorkshopServer

/// Each of the projector's slides as a page, against `Golden/` as the other pages are: one activity
/// (results shown and hidden), the coverage board, the highlights, the ideas slide with no idea yet.
extension RoomPageGoldenTests {
    @Test func theSlidesMatchTheirGoldenTrees() throws {
        let fixture = try RoomFixture()
        let session = fixture.session
        for (group, persona, value) in [("table-1", "academic", 1), ("table-2", "academic", 2), ("table-3", "undergraduate", 4),
                                        ("table-4", "undergraduate", 4)] {
            try session.record(.answer(Cell(activity: "drop-in", persona: persona, group: group), .level(value), note: nil), by: "a")
            try session.record(.answer(Cell(activity: "induction", persona: persona, group: group), .level(5 - value), note: nil),
                               by: "a")
        }
        try session.record(.answer(Cell(activity: "drop-in", persona: "undergraduate", group: "table-5"), .unsure,
                                   note: Self.hostile), by: "a")
        let state = session.state
        func page(_ slide: ProjectorSlide, hidden: Bool = false) -> String {
            let view = RoomView(state: state, assignments: ["table-1": "academic"], hideUntilComplete: hidden)
                .focused(on: slide, state: state)
            return ProjectorPage(view: view, token: "ftok").html()
        }
        try Self.compare([
            ("slide-activity", page(.activity("drop-in"))),
            ("slide-activity-hidden", page(.activity("drop-in"), hidden: true)),
            ("slide-coverage", page(.coverage)),
            ("slide-highlights", page(.highlights)),
            ("slide-highlights-hidden", page(.highlights, hidden: true)),
            ("slide-ideas-empty", page(.ideas)),
        ])
    }
}
