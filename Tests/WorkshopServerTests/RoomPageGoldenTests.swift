import Foundation
import Testing
import WorkshopKit
import WorkshopTestSupport
@testable import WorkshopServer

/// The room's pages, rendered in process from the fixture with fixed tokens, compared with the
/// pages recorded under `Golden` as normalised trees (`HTMLTree`): a change of serialisation passes,
/// a change of element, attribute value or text fails. Re-record on purpose with WORKSHOP_RECORD_GOLDEN=1.
struct RoomPageGoldenTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let hostile = "<script>alert(1)</script> & \"q\" 'a' &amp; &#8238;"

    @Test func pagesMatchTheirGoldenTrees() throws {
        let fixture = try RoomFixture()
        let session = fixture.session
        let empty = fixture.state
        for (group, value) in [("table-1", 1), ("table-2", 2), ("table-3", 4)] {
            try session.record(.answer(Cell(activity: "drop-in", persona: "academic", group: group), .level(value), note: nil), by: "a")
        }
        try session.record(.answer(Cell(activity: "induction", persona: "academic", group: "table-1"), .unsure, note: nil), by: "a")
        let state = session.state
        let assigned = ["table-1": "academic"]
        let pages: [(String, String)] = [
            ("front-door", Page.message("Workshop room", "Open the link on your table's card, or scan its QR code.")),
            ("refusal", Page.message("Not saved", Self.hostile, back: "/g/tok1#a-drop-in")),
            ("phone-chooser", PhonePage(state: empty, group: "table-2", token: "tok2", persona: nil).html()),
            ("phone-fresh", PhonePage(state: empty, group: "table-1", token: "tok1", persona: "academic").html()),
            ("phone-answered", PhonePage(state: state, group: "table-1", token: "tok1", persona: "academic", saved: "drop-in").html()),
            ("phone-noted", PhonePage(state: state, group: "table-1", token: "tok1", persona: "academic", saved: "induction",
                                      noted: true).html()),
            ("phone-hostile", PhonePage(state: state, group: Self.hostile, token: "tok1", persona: "undergraduate",
                                        saved: Self.hostile).html()),
            ("projector-shown", ProjectorPage(view: RoomView(state: state, assignments: assigned, hideUntilComplete: false),
                                              token: "ftok").html()),
            ("projector-hidden", ProjectorPage(view: RoomView(state: state, assignments: assigned, hideUntilComplete: true),
                                               token: "ftok").html()),
            ("cards", JoinCards(title: state.plan.title, cards: [
                (group: "table-1", persona: "Academic", link: "http://192.0.2.1:8080/g/tok1"),
                (group: Self.hostile, persona: nil, link: "http://192.0.2.1:8080/g/tok2?x=\"<&>"),
            ]).html()),
        ]
        try Self.compare(pages)
    }

    /// The phone with ideas (its own, another table's, a hidden and a withdrawn one, a hostile one)
    /// and with a vote open on themes.
    @Test func ideaPagesMatchTheirGoldenTrees() throws {
        let fixture = try RoomFixture()
        let session = fixture.session
        var next: UInt64 = 0x1d0
        // Fixed ids, so the ids in the page (its forms' actions) are the recorded ones.
        func idea(_ group: String, _ text: String, prompt: String = "try-first") throws -> UInt64 {
            next += 1
            let draft = IdeaDraft(prompt: prompt, group: group, persona: "academic", text: text)
            _ = try session.record(each: [PendingChange(change: .idea(draft), person: "p", id: next)])[0].get()
            return next
        }
        let own = try idea("table-1", "Start in freshers' week, before the timetable fills up")
        let long = try idea("table-1", String(repeating: "averyveryverylongwordwithoutanyspaces", count: 6))
        let theirs = try idea("table-2", "Ask the students' union")
        let hidden = try idea("table-1", "a hidden one")
        let gone = try idea("table-1", "a withdrawn one")
        _ = try idea("table-1", Self.hostile, prompt: "make-it-work")
        try session.record(.markIdea(hidden, .hidden, asGroup: nil), by: "anna")
        try session.record(.markIdea(gone, .withdrawn, asGroup: "table-1"), by: "p")
        let ideas = session.state
        try session.record(.theme("Timing", ideas: [own, long]), by: "anna")
        try session.record(.theme("Partners <&>", ideas: [theirs]), by: "anna")
        try session.record(.vote(Vote(prompt: "try-first", on: .themes, dots: 3, perItem: 2, hidesCount: true)), by: "anna")
        try session.record(.dots(group: "table-1", prompt: "try-first", item: .theme("Timing"), count: 2), by: "p")
        try session.record(.dots(group: "table-2", prompt: "try-first", item: .theme("Partners <&>"), count: 2), by: "p")
        try Self.compare([
            ("phone-ideas", PhonePage(state: ideas, group: "table-1", token: "tok1", persona: "academic", ideasDone: "added").html()),
            ("phone-vote", PhonePage(state: session.state, group: "table-1", token: "tok1", persona: "academic").html()),
            ("phone-idea-edit", IdeaEditPage(state: ideas, idea: try #require(ideas.ideaWall.idea(own)), token: "tok1",
                                             persona: "academic").html()),
        ])
    }

    /// Each page against its recorded tree (recorded first with WORKSHOP_RECORD_GOLDEN=1).
    static func compare(_ pages: [(String, String)]) throws {
        for (name, html) in pages {
            let path = Self.folder.appendingPathComponent(name + ".html")
            if ProcessInfo.processInfo.environment["WORKSHOP_RECORD_GOLDEN"] == "1" {
                try html.write(to: path, atomically: true, encoding: .utf8)
            }
            let expected = try String(contentsOf: path, encoding: .utf8)
            let (got, want) = (Self.outline(html), Self.outline(expected))
            let same = got == want
            #expect(same, "\(name).html differs:\n\(HTMLTree.firstDifference(got, want))")
        }
    }

    /// The tree's outline with each answer form's fresh idempotency key made one placeholder.
    static func outline(_ html: String) -> String {
        HTMLTree.outline(html).split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.contains("<input name=\"key\" type=\"hidden\" value=\"") else { return String(line) }
            let hex = line.split(separator: "\"")[5]
            #expect(hex.count == 32 && hex.allSatisfy(\.isHexDigit), "a key of 128 random bits: \(line)")
            return line.replacingOccurrences(of: String(hex), with: "KEY")
        }.joined(separator: "\n")
    }
}
