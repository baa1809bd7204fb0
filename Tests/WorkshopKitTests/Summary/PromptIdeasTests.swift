import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// The ideas of a summary: by prompt in the plan's order, by theme in the order made (the unthemed
/// last), the vote ranked with ties, hidden ideas only when asked for, withdrawn and undone never.
struct PromptIdeasTests {
    private func idea(_ session: Session, _ group: String, _ text: String, prompt: String = "try-first") throws -> UInt64 {
        let index = try session.record(.idea(IdeaDraft(prompt: prompt, group: group, text: text)), by: "phone:\(group)")
        return session.state.entries[index].id
    }

    private func summary(_ session: Session, hidden: Bool = false) -> SessionSummary {
        SessionSummary(state: session.state, options: SummaryOptions(intervals: false, hiddenIdeas: hidden))
    }

    @Test func aSessionWithoutIdeasHasNoIdeasField() throws {
        let fixture = try SessionFixture()
        defer { withExtendedLifetime(fixture) {} }
        let session = try fixture.start()
        #expect(summary(session).ideas == nil)
        let json = String(decoding: try summary(session).jsonBytes(), as: UTF8.self)
        #expect(!json.contains("\"ideas\""))
    }

    @Test func promptsInPlanOrderThemesInTheOrderMadeUnthemedLast() throws {
        let fixture = try SessionFixture()
        defer { withExtendedLifetime(fixture) {} }
        let session = try fixture.start()
        let a = try idea(session, "table-1", "loose one")
        let b = try idea(session, "table-2", "in Partners")
        let c = try idea(session, "table-3", "in Timing")
        _ = try idea(session, "table-1", "for the other prompt", prompt: "make-it-work")
        try session.record(.theme("Partners", ideas: [b]), by: "anna")
        try session.record(.theme("Timing", ideas: [c]), by: "anna")
        let ideas = try #require(summary(session).ideas)
        #expect(ideas.map(\.prompt) == ["try-first", "make-it-work"])
        #expect(ideas[0].themes.map(\.theme) == ["Partners", "Timing", nil])
        #expect(ideas[0].themes.last?.ideas.map(\.id) == [RecordID.format(a)])
        #expect(ideas[0].question == "Which of these would you try first, and why?")
        #expect((ideas[0].count, ideas[0].groups) == (3, 3))
        #expect(ideas[0].vote == nil)
    }

    @Test func theVoteRanksTheWinnersFirstWithTiesShownAsTies() throws {
        let fixture = try SessionFixture()
        defer { withExtendedLifetime(fixture) {} }
        let session = try fixture.start()
        let a = try idea(session, "table-1", "a"), b = try idea(session, "table-2", "b"), c = try idea(session, "table-3", "c")
        try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 3)), by: "anna")
        for (group, item, count) in [("table-1", c, 2), ("table-2", b, 2), ("table-3", a, 1)] {
            try session.record(.dots(group: group, prompt: "try-first", item: .idea(item), count: count), by: "anna")
        }
        try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 3, isOpen: false)), by: "anna")
        let prompt = try #require(summary(session).ideas?.first)
        let vote = try #require(prompt.vote)
        #expect(vote.ranking.map(\.text) == ["b", "c", "a"])
        #expect(vote.ranking.map(\.rankLabel) == ["1=", "1=", "3"])
        #expect(vote.ranking.map(\.dots) == [2, 2, 1])
        #expect((vote.status, vote.voters, vote.dotsEach, vote.isOpen) == ("closed", 3, 3, false))
        #expect(prompt.ideas.map(\.rank) == ["3", "1=", "1="])
        #expect(prompt.leaders(top: 1).map(\.text) == ["b", "c"])
    }

    @Test func hiddenIdeasAreLeftOutUnlessAskedForThenMarked() throws {
        let fixture = try SessionFixture()
        defer { withExtendedLifetime(fixture) {} }
        let session = try fixture.start()
        _ = try idea(session, "table-1", "shown")
        let hidden = try idea(session, "table-2", "hidden one")
        try session.record(.markIdea(hidden, .hidden, asGroup: nil), by: "anna")
        #expect(summary(session).ideas?.first?.ideas.map(\.text) == ["shown"])
        let both = try #require(summary(session, hidden: true).ideas?.first?.ideas)
        #expect(both.map(\.text) == ["shown", "hidden one"])
        #expect(both.map(\.isHidden) == [false, true])
        #expect(both.map(\.hidden) == [nil, true])
    }

    @Test func aPromptWithOnlyHiddenIdeasIsLeftOut() throws {
        let fixture = try SessionFixture()
        defer { withExtendedLifetime(fixture) {} }
        let session = try fixture.start()
        let hidden = try idea(session, "table-2", "hidden one")
        try session.record(.markIdea(hidden, .hidden, asGroup: nil), by: "anna")
        #expect(summary(session).ideas == nil)
        #expect(summary(session, hidden: true).ideas?.count == 1)
    }

    @Test func withdrawnAndUndoneIdeasNeverAppearEvenWithHidden() throws {
        let fixture = try SessionFixture()
        defer { withExtendedLifetime(fixture) {} }
        let session = try fixture.start()
        _ = try idea(session, "table-1", "kept")
        let gone = try idea(session, "table-2", "withdrawn")
        try session.record(.markIdea(gone, .withdrawn, asGroup: "table-2"), by: "phone:table-2")
        _ = try idea(session, "table-3", "undone")
        try session.record(.undo, by: "phone:table-3")
        #expect(summary(session, hidden: true).ideas?.first?.ideas.map(\.text) == ["kept"])
    }

    @Test func aRedactedIdeaShowsRedacted() throws {
        let fixture = try SessionFixture()
        defer { withExtendedLifetime(fixture) {} }
        let session = try fixture.start()
        let named = try idea(session, "table-1", "Ask Dr Jones")
        let index = try #require(session.state.entries.firstIndex { $0.id == named })
        try session.redact(index, reason: "names a person", by: "anna")
        let entry = try #require(summary(session).ideas?.first?.ideas.first)
        #expect(entry.text == "[redacted]")
        #expect(entry.redacted == true)
        let json = String(decoding: try summary(session).jsonBytes(), as: UTF8.self)
        #expect(!json.contains("Dr Jones"))
    }

    @Test func anActionFromAnIdeaNamesItAndItsWording() throws {
        let fixture = try SessionFixture()
        defer { withExtendedLifetime(fixture) {} }
        let session = try fixture.start()
        let source = try idea(session, "table-1", "Start in freshers' week")
        try session.record(.action(ActionDraft(text: "A pop-up in freshers' week", owner: "Ewan", idea: source)), by: "anna")
        let entry = try #require(summary(session).actions.agreed.first)
        #expect(entry.idea?.origin == "from idea %1: Start in freshers' week")
        try session.record(.markIdea(source, .hidden, asGroup: nil), by: "anna")
        #expect(summary(session).actions.agreed.first?.idea?.origin == "from idea %1")
        #expect(summary(session, hidden: true).actions.agreed.first?.idea?.origin == "from idea %1: Start in freshers' week")
    }

    @Test func theJSONNamesTheDocumentedFields() throws {
        let fixture = try SessionFixture()
        defer { withExtendedLifetime(fixture) {} }
        let session = try fixture.start()
        let a = try idea(session, "table-1", "a")
        try session.record(.theme("Timing", ideas: [a]), by: "anna")
        try session.record(.vote(Vote(prompt: "try-first", on: .themes, dots: 2)), by: "anna")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try summary(session).jsonBytes())) as? [String: Any])
        let prompt = try #require((object["ideas"] as? [[String: Any]])?.first)
        #expect(Set(prompt.keys) == ["prompt", "question", "count", "groups", "themes", "vote"])
        let vote = try #require(prompt["vote"] as? [String: Any])
        #expect(Set(vote.keys) == ["on", "status", "dotsEach", "voters", "ranking"])
        #expect(vote["status"] as? String == "open" && vote["on"] as? String == "themes")
        let theme = try #require((prompt["themes"] as? [[String: Any]])?.first)
        let entry = try #require((theme["ideas"] as? [[String: Any]])?.first)
        #expect(Set(entry.keys) == ["number", "label", "id", "text", "group", "theme"])
        let ranked = try #require((vote["ranking"] as? [[String: Any]])?.first)
        #expect(Set(ranked.keys) == ["rank", "rankLabel", "tied", "dots", "theme", "text"])
    }
}
