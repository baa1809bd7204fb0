import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// Dots on items that leave the vote, votes reopened, themes typed in another case, and an action
/// made from an idea that is then redacted.
struct IdeaVoteRulesTests {
    private func idea(_ session: Session, _ group: String, _ text: String) throws -> UInt64 {
        let index = try session.record(.idea(IdeaDraft(prompt: "try-first", group: group, text: text)), by: "anna")
        return session.state.entries[index].id
    }

    @Test func dotsOnAnItemThatLeftTheVoteCountForNothingAndCanBeTakenOff() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let a = try idea(session, "table-1", "one"), b = try idea(session, "table-2", "two")
        try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 3)), by: "anna")
        try session.record(.dots(group: "table-3", prompt: "try-first", item: .idea(a), count: 2), by: "anna")
        try session.record(.markIdea(a, .hidden, asGroup: nil), by: "anna")
        var wall = session.state.ideaWall
        #expect(wall.remaining(for: "table-3", prompt: "try-first") == 3)
        #expect(wall.voters(prompt: "try-first") == 0)
        // The budget is whole again, and the stranded dots can still be taken off.
        try session.record(.dots(group: "table-3", prompt: "try-first", item: .idea(b), count: 3), by: "anna")
        try session.record(.dots(group: "table-3", prompt: "try-first", item: .idea(a), count: 0), by: "anna")
        wall = session.state.ideaWall
        #expect(wall.recorded(by: "table-3", prompt: "try-first") == [.idea(b): 3])
        #expect(wall.ranking(prompt: "try-first").map(\.dots) == [3])
    }

    @Test func aVoteIsOpenedOnceAndReopenedOnlyWithABudgetThatHoldsItsDots() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let a = try idea(session, "table-1", "one")
        try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 3)), by: "anna")
        #expect { try session.record(.vote(Vote(prompt: "try-first", on: .themes, dots: 1)), by: "anna") } throws: {
            "\($0)" == "voting on 'try-first' is already open; 'vote close' ends it"
        }
        try session.record(.dots(group: "table-2", prompt: "try-first", item: .idea(a), count: 3), by: "anna")
        try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 3, isOpen: false)), by: "anna")
        #expect { try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 2)), by: "anna") } throws: {
            "\($0)".contains("open the vote with --dots 3 or more")
        }
        #expect { try session.record(.dots(group: "table-2", prompt: "try-first", item: .idea(a), count: 5), by: "anna") } throws: {
            "\($0)".contains("not open")
        }
        try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 4)), by: "anna")
        #expect { try session.record(.dots(group: "table-2", prompt: "try-first", item: .idea(a), count: 5), by: "anna") } throws: {
            "\($0)" == "5 dots is more than the 4 each group has in this vote"
        }
        #expect(session.state.ideaWall.remaining(for: "table-2", prompt: "try-first") == 1)
    }

    @Test func aThemeIsOneWhateverTheCaseItIsTypedIn() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let a = try idea(session, "table-1", "one"), b = try idea(session, "table-2", "two")
        try session.record(.theme("Timing", ideas: [a]), by: "anna")
        try session.record(.theme("timing", ideas: [b]), by: "facilitator")
        #expect(session.state.ideaWall.allThemes == ["Timing"])
        try session.record(.renameTheme(from: "TIMING", to: "timing", merging: false), by: "anna")
        #expect(session.state.ideaWall.allThemes == ["timing"])
    }

    @Test func redactingAnIdeaBlanksTheActionMadeFromIt() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let a = try idea(session, "table-1", "ask Dr Example first")
        try session.record(.action(ActionDraft(text: "ask Dr Example first", owner: "Ewan", idea: a)), by: "anna")
        let index = try #require(session.state.entries.firstIndex { $0.id == a })
        try session.redact(index, reason: "names a person", by: "anna")
        #expect(!String(decoding: try fixture.journalBytes(), as: UTF8.self).contains("Dr Example"))
        #expect(session.state.actions.first?.isRedacted == true)
        #expect(try fixture.open(writable: false).state.actions.first?.text == Action.redactedText)
    }
}
