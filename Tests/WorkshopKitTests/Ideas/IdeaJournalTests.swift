import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// Ideas, themes and dot votes in the journal: replay, undo, redaction and the rules at the door.
struct IdeaJournalTests {
    private func idea(_ session: Session, _ group: String, _ text: String, prompt: String = "try-first") throws -> UInt64 {
        let index = try session.record(.idea(IdeaDraft(prompt: prompt, group: group, text: text)), by: "phone:\(group)")
        return session.state.entries[index].id
    }

    @Test func ideasAreNumberedThemedVotedAndReadBackTheSame() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let a = try idea(session, "table-1", "Start in freshers' week")
        let b = try idea(session, "table-2", "Ask the students' union")
        let c = try idea(session, "table-3", "Run it at lunchtime")
        try session.record(.theme("Timing", ideas: [a, c]), by: "anna")
        try session.record(.theme("Partners", ideas: [b]), by: "anna")
        try session.record(.vote(Vote(prompt: "try-first", on: .themes, dots: 3)), by: "anna")
        try session.record(.dots(group: "table-1", prompt: "try-first", item: .theme("Timing"), count: 2), by: "phone:table-1")
        try session.record(.dots(group: "table-1", prompt: "try-first", item: .theme("Partners"), count: 1), by: "phone:table-1")
        try session.record(.dots(group: "table-2", prompt: "try-first", item: .theme("Partners"), count: 1), by: "phone:table-2")
        try session.record(.vote(Vote(prompt: "try-first", on: .themes, dots: 3, isOpen: false)), by: "anna")
        let wall = session.state.ideaWall
        #expect(wall.ideas.map(\.label) == ["%1", "%2", "%3"])
        #expect(wall.ranking(prompt: "try-first").map(\.rankLabel) == ["1=", "1="])
        #expect(wall.ranking(prompt: "try-first").map(\.item) == [.theme("Timing"), .theme("Partners")])
        #expect(wall.votes["try-first"]?.isOpen == false)
        let reopened = try fixture.open(writable: false).state.ideaWall
        #expect(reopened == wall)
    }

    @Test func undoTakesBackAnIdeaAndAMoveOfDots() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let a = try idea(session, "table-1", "one"), b = try idea(session, "table-1", "two")
        try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 2, perItem: 1)), by: "anna")
        try session.record(.dots(group: "table-1", prompt: "try-first", item: .idea(a), count: 1), by: "anna")
        try session.record(.dots(group: "table-1", prompt: "try-first", item: .idea(b), count: 1), by: "anna")
        #expect(session.state.ideaWall.remaining(for: "table-1", prompt: "try-first") == 0)
        try session.record(.undo, by: "anna")
        #expect(session.state.ideaWall.remaining(for: "table-1", prompt: "try-first") == 1)
        try session.record(.markIdea(b, .withdrawn, asGroup: "table-1"), by: "phone:table-1")
        #expect(session.state.ideaWall.listed().map(\.text) == ["one"])
        try session.record(.undo, by: "phone:table-1")
        #expect(session.state.ideaWall.listed().map(\.text) == ["one", "two"])
    }

    @Test func theRulesAtTheDoorRefuseAndWriteNothing() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let a = try idea(session, "table-1", "mine")
        let before = try fixture.journalBytes()
        func refused(_ change: Change, by person: String = "phone:table-2", _ words: String) {
            #expect { try session.record(change, by: person) } throws: { "\($0)".contains(words) }
        }
        refused(.editIdea(a, text: "theirs now", asGroup: "table-2"), "a group can edit only its own")
        refused(.markIdea(a, .withdrawn, asGroup: "table-2"), "a group can withdraw only its own")
        refused(.markIdea(a, .hidden, asGroup: "table-1"), "only the facilitator can hide")
        refused(.idea(IdeaDraft(prompt: "try-first", group: "table-2", text: String(repeating: "x", count: 281))), "keep it to 280")
        refused(.idea(IdeaDraft(prompt: "nope", group: "table-2", text: "x")), "unknown prompt 'nope'")
        refused(.idea(IdeaDraft(prompt: "try-first", group: "table-2", text: "  ")), "needs some text")
        refused(.dots(group: "table-2", prompt: "try-first", item: .idea(a), count: 1), "not open")
        try #require(fixture.journalBytes() == before)
        try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 3)), by: "anna")
        refused(.dots(group: "table-2", prompt: "try-first", item: .idea(a), count: 4), "4 dots is more than the 3 each group has")
        refused(.vote(Vote(prompt: "make-it-work", on: .ideas, dots: 3)), by: "anna", "voting is open on 'try-first'")
        for number in 2...Idea.perGroupAndPrompt { _ = try idea(session, "table-1", "idea \(number)") }
        refused(.idea(IdeaDraft(prompt: "try-first", group: "table-1", text: "one more")), "the most a group can write")
    }

    @Test func redactingAnIdeaBlanksEveryWordingOfItOnDisk() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let a = try idea(session, "table-1", "first wording")
        try session.record(.editIdea(a, text: "second wording", asGroup: nil), by: "anna")
        let index = try #require(session.state.entries.firstIndex { $0.id == a })
        try session.redact(index, reason: "names a person", by: "anna")
        let text = String(decoding: try fixture.journalBytes(), as: UTF8.self)
        #expect(!text.contains("first wording") && !text.contains("second wording"))
        #expect(session.state.ideaWall.idea(a)?.text == Idea.redactedText)
        #expect(try fixture.open(writable: false).state.ideaWall.idea(a)?.text == Idea.redactedText)
        #expect(throws: SessionError.self) { try session.record(.editIdea(a, text: "back", asGroup: nil), by: "anna") }
    }

    @Test func anIdeaLineNamesItsFormatSoAnOlderReaderCallsItNewer() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        _ = try idea(session, "table-1", "x")
        let last = String(decoding: try fixture.journalBytes(), as: UTF8.self).split(separator: "\n").last ?? ""
        #expect(last.contains("\"type\":\"idea\"") && last.contains("\"format\":\"5\""))
    }
}
