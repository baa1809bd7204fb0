import Foundation
import Testing
import WorkshopKit
import WorkshopTestSupport
@testable import WorkshopServer

/// The slides' parts: the deck and its ids, a matrix of 50 activities by 12 personas in codes with
/// a key, a board of 300 raters summarised, RAG medians as letters with their tones, the highlights
/// the same sentences as `summary`'s.
struct SlideTests {
    @Test func theDeckStepsThroughEverySlideAndReadsItsIds() {
        let deck = ProjectorSlide.deck(activities: ["a", "b"], ideas: true)
        #expect(deck.map(\.id) == ["matrix", "activity-a", "activity-b", "coverage", "highlights", "ideas"])
        #expect(ProjectorSlide.deck(activities: ["a"], ideas: false).last == .highlights)
        for slide in deck { #expect(ProjectorSlide(id: slide.id, activities: ["a", "b"]) == slide) }
        #expect(ProjectorSlide(id: "activity-c", activities: ["a", "b"]) == nil, "an activity not in force")
        #expect(ProjectorSlide(id: "slides", activities: []) == nil)
        #expect(ProjectorSlide.matrix.neighbours(in: deck).previous == nil)
        #expect(ProjectorSlide.matrix.neighbours(in: deck).next == .activity("a"))
        #expect(ProjectorSlide.ideas.neighbours(in: deck).next == nil)
        #expect(ProjectorSlide.coverage.neighbours(in: deck).previous == .activity("b"))
    }

    /// The fixture's view stretched to 50 activities × 12 personas (the view's fields are the page's
    /// only input).
    static func large(groups: Int = 5) throws -> RoomView {
        let fixture = try RoomFixture()
        var view = RoomView(state: fixture.state, assignments: [:], hideUntilComplete: false)
        view.personas = (1...12).map { .init(id: "p\($0)", name: "Persona number \($0) with a long name", code: "P\($0)") }
        view.activities = (1...50).map { .init(id: "a\($0)", name: "Activity \($0): a title of some length", code: "A\($0)") }
        view.cells = (0..<50).map { row in (0..<12).map { _ in RoomView.Figure(n: 3, text: String(row % 5 + 1), shade: 0.5, tone: 2) } }
        view.coverage = (1...groups).map { index in
            RoomView.Owed(group: String(format: "p-%03d", index), persona: nil, answered: index % 3 == 0 ? 0 : 14,
                          total: 14, owes: index % 3 == 0 ? Array(repeating: "x", count: 14) : [])
        }
        return view
    }

    @Test func fiftyByTwelveIsCodedWithAKeyAndEveryTitleShown() throws {
        let html = SlideMatrix(view: try Self.large()).node.render()
        let outline = HTMLTree.outline(html)
        for index in 1...12 {
            #expect(html.contains("<abbr title=\"Persona number \(index) with a long name\">P\(index)</abbr>"), "P\(index)")
            #expect(html.contains("<b>P\(index)</b> Persona number \(index) with a long name"), "P\(index) in the key")
        }
        for index in 1...50 { #expect(html.contains("Activity \(index): a title of some length"), "A\(index)'s title") }
        #expect(html.contains("data-palette=\"sequential\" data-tone=\"2\""), "cells carry the palette and tone")
        #expect(outline.contains("id=\"coverage\""), "five tables are listed under the matrix")
        #expect(!SlideMatrix(view: try Self.large(groups: 300)).node.render().contains("id=\"coverage\""),
                "three hundred are not: the coverage slide has them")
        let small = try Self.large(groups: 5)
        var named = small
        named.personas = Array(small.personas.prefix(5))
        named.cells = small.cells.map { Array($0.prefix(5)) }
        let plain = SlideMatrix(view: named).node.render()
        #expect(!plain.contains("<abbr") && plain.contains("Persona number 1 with a long name</th>"), "five personas by name")
        #expect(plain.contains("id=\"coverage\""), "a small room's tables under its matrix")
    }

    @Test func threeHundredRatersAreSummarisedNotListed() throws {
        let view = try Self.large(groups: 300)
        let html = SlideCoverage(view: view).board.render()
        #expect(html.contains("200 of 300 done · 100 not started"), "the one line")
        #expect(html.components(separatedBy: "<li").count - 1 == SlideCoverage.listed, "only the first \(SlideCoverage.listed)")
        #expect(html.contains("and 76 more still answering"))
        let few = SlideCoverage(view: try Self.large(groups: 20)).board.render()
        #expect(few.components(separatedBy: "<li").count - 1 == 20, "twenty tables are all listed")
    }

    @Test func aRagScaleShowsItsLettersAndTones() throws {
        let rag = try #require(Scale.builtin(named: "rag"))
        let red = RoomView.figure([.level(0), .level(0), .level(1)], scale: rag)
        #expect(red.text == "R" && red.tone == 0)
        let between = RoomView.figure([.level(1), .level(2)], scale: rag)
        #expect(between.text == "A–G" && between.tone != nil)
        #expect(RoomView.figure([.level(2)], scale: rag).text == "G")
        #expect(RoomView.legend(rag).map(\.key) == ["R", "A", "G"])
        #expect(RoomView.legend(rag).map(\.tone) == [0, 1, 2])
        let agreement = try #require(Scale.builtin(named: "agreement"))
        #expect(RoomView.figure([.level(3)], scale: agreement).text == "4", "a long label is printed as its key")
        #expect(RoomView.legend(try #require(Scale.builtin(named: "1-5"))).isEmpty, "numbers need no legend")
    }

    @Test func theHighlightsAreSummarysOwn() throws {
        let fixture = try RoomFixture()
        for (group, value) in [("table-1", 1), ("table-2", 2), ("table-3", 4), ("table-4", 3)] {
            for activity in ["drop-in", "induction", "vle-presence"] {
                try fixture.session.record(.answer(Cell(activity: activity, persona: "academic", group: group),
                                                   .level(activity == "induction" ? 4 - value : value), note: nil), by: "a")
            }
        }
        let state = fixture.state
        let view = RoomView(state: state, assignments: [:], hideUntilComplete: false).focused(on: .highlights, state: state)
        let expected = SessionSummary(state: state).highlights
        #expect(!expected.isEmpty)
        #expect(view.highlights == expected)
        let hidden = RoomView(state: state, assignments: [:], hideUntilComplete: true).focused(on: .highlights, state: state)
        #expect(hidden.highlights == nil, "nothing said while results are hidden")
    }
}
