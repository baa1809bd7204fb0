import Foundation
import Testing
import WorkshopKit
import WorkshopTestSupport
@testable import WorkshopServer

/// The projector's page with the wall of ideas: fresh, themed, with a hidden count, with results,
/// and with hostile text, against `Golden/` as the other pages are.
extension RoomPageGoldenTests {
    @Test func theProjectorsWallMatchesItsGoldenTrees() throws {
        let fixture = try RoomFixture()
        let session = fixture.session
        func page(_ still: Bool = false) -> String {
            ProjectorPage(view: RoomView(state: session.state, assignments: ["table-1": "academic"], hideUntilComplete: false)
                .focused(on: .ideas, state: session.state),
                          token: "ftok", still: still).html()
        }
        var pages: [(String, String)] = []
        let a = try session.idea("table-1", "Start in freshers' week", persona: "academic")
        let b = try session.idea("table-2", "Ask the students' union")
        let c = try session.idea("table-3", Self.hostile + String(repeating: "long", count: 40))
        try session.idea("table-4", "Pair each student with a mentor", prompt: "make-it-work")
        pages.append(("projector-wall", page()))
        try session.record(.theme("Timing", ideas: [a]), by: "anna")
        try session.record(.theme(Self.hostile, ideas: [c]), by: "anna")
        pages.append(("projector-wall-themes", page(true)))
        try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 3, hidesCount: true)), by: "anna")
        try session.dots("table-1", .idea(b), 2)
        try session.dots("table-2", .idea(c), 2)
        try session.dots("table-3", .idea(a), 1)
        pages.append(("projector-vote-hidden", page()))
        try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 3, hidesCount: true, isOpen: false)), by: "anna")
        pages.append(("projector-results", page()))
        for (name, html) in pages {
            let path = Self.folder.appendingPathComponent(name + ".html")
            if ProcessInfo.processInfo.environment["WORKSHOP_RECORD_GOLDEN"] == "1" {
                try html.write(to: path, atomically: true, encoding: .utf8)
            }
            let expected = try String(contentsOf: path, encoding: .utf8)
            let (got, want) = (Self.numbered(Self.outline(html)), Self.numbered(Self.outline(expected)))
            #expect(got == want, "\(name).html differs:\n\(HTMLTree.firstDifference(got, want))")
        }
    }

    /// The outline with each record id (16 hex digits, fresh in every run) made `ID1`, `ID2`, ... in
    /// the order first met, so the same idea keeps one name throughout the page.
    static func numbered(_ outline: String) -> String {
        var names: [String: String] = [:]
        var result = ""
        var rest = Substring(outline)
        while let match = rest.firstMatch(of: /[0-9a-f]{16}/) {
            result += rest[..<match.range.lowerBound]
            let id = String(match.output)
            if names[id] == nil { names[id] = "ID\(names.count + 1)" }
            result += names[id] ?? ""
            rest = rest[match.range.upperBound...]
        }
        return result + rest
    }
}
