import Foundation
import Testing
import WorkshopKit
@testable import WorkshopServer

/// A phone page and the projector in Welsh, against their golden trees: the words the catalogue's,
/// `lang="cy"` on the page and `lang="en"` on the (English) plan's text, the switch with Cymraeg current.
struct RoomLanguageGoldenTests {
    static let welsh = PageLanguage(messages: Messages("cy"), plan: "en", offered: ["cy", "en"])

    @Test func welshPagesMatchTheirGoldenTrees() throws {
        let fixture = try RoomFixture()
        let session = fixture.session
        try session.record(.answer(Cell(activity: "drop-in", persona: "academic", group: "table-1"), .level(3), note: nil), by: "a")
        let state = session.state
        let view = RoomView(state: state, assignments: ["table-1": "academic"], hideUntilComplete: false)
        try RoomPageGoldenTests.compare([
            ("cy-phone-answered", PhonePage(state: state, group: "table-1", token: "tok1", persona: "academic", saved: "drop-in",
                                            language: Self.welsh, query: [("persona", "academic")]).html()),
            ("cy-projector", ProjectorPage(view: view, token: "ftok", language: Self.welsh).html()),
        ])
    }

    @Test func welshPagesHaveNoEnglishOfOurs() throws {
        let fixture = try RoomFixture()
        let html = PhonePage(state: fixture.state, group: "table-1", token: "tok1", persona: "academic", language: Self.welsh).html()
        for english in ["How to answer", "Add a note", "Save note", "You are playing", "What they need", "of 14 answered", "Your idea", "Add idea"] {
            #expect(!html.contains(english), "\(english) left in English")
        }
        #expect(html.contains("<html lang=\"cy\" dir=\"ltr\">"))
        #expect(html.contains("<meta name=\"workshop-words\" content=\"{&quot;answered&quot;:&quot;%{done} o %{total} wedi’u hateb&quot;"))
    }
}
