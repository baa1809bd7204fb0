import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// Actions in the journal: numbers, reviews, undo, replay, carry-in and the format version.
struct ActionJournalTests {
    @Test func actionsAreNumberedReviewedAndUndoneAndSurviveAReplay() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start("action-learning-set", as: "m1")
        try session.record(.action(ActionDraft(text: "write the case study", owner: "Ewan", due: .day("2016-03-09"))), by: "anna")
        try session.record(.action(ActionDraft(text: "plan the video")), by: "anna")
        try session.record(.undo, by: "anna")
        try session.record(.action(ActionDraft(text: "check the policy")), by: "anna")
        // The undone action keeps its number, so numbers never repeat.
        #expect(session.state.actions.map(\.number) == [1, 3])
        let first = try session.state.resolveAction("#1")
        try session.record(.review(first, .done, note: "sent"), by: "anna")
        #expect(try session.state.resolveAction("1").review?.status == .done)
        try session.record(.undo, by: "anna")
        #expect(try session.state.resolveAction("1").review == nil)
        let reopened = try Session.open("m1", root: fixture.root, writable: false).state
        #expect(reopened.actions.map(\.text) == ["write the case study", "check the policy"])
        #expect(reopened.actions.first?.due == .day("2016-03-09"))
        #expect(reopened.format == JournalFormat.current)
    }

    @Test func anActionIsFoundByAPrefixOfItsIdAndUnknownOnesAreRefused() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start("action-learning-set", as: "m1")
        try session.record(.action(ActionDraft(text: "write the case study")), by: "anna")
        let action = try #require(session.state.actions.first)
        #expect(try session.state.resolveAction(String(RecordID.format(action.id).prefix(6))).id == action.id)
        #expect(throws: SessionError.unknownAction("#7", suggestion: "#1", known: ["#1"])) {
            try session.state.resolveAction("#7")
        }
        // A number never falls back to the start of an id, whatever digit the random id starts with.
        let first = String(RecordID.format(action.id).prefix(1))
        if first != "1" { #expect(throws: SessionError.self) { try session.state.resolveAction(first) } }
        #expect(throws: SessionError.self) { try session.state.resolveAction(String(RecordID.format(action.id).prefix(3))) }
    }

    @Test func aNewMeetingCarriesInWhatThePreviousOneLeftOpen() throws {
        let fixture = try SessionFixture()
        try fixture.copy.removeBundledLearningSet()
        let second = fixture.copy.url.appendingPathComponent("sessions/als-two.yaml")
        let text = try String(contentsOf: fixture.copy.url.appendingPathComponent("sessions/action-learning-set.yaml"), encoding: .utf8)
        try text.replacingOccurrences(of: "date: 2016-02-10", with: "date: 2016-03-23").write(to: second, atomically: true, encoding: .utf8)
        let meeting1 = try fixture.start("action-learning-set", as: "m1")
        for text in ["one", "two", "three"] { try meeting1.record(.action(ActionDraft(text: text)), by: "anna") }
        try meeting1.record(.review(try meeting1.state.resolveAction("2"), .dropped, note: nil), by: "anna")
        try meeting1.record(.review(try meeting1.state.resolveAction("3"), .inProgress, note: nil), by: "anna")
        let project = try Project.load(root: fixture.root)
        let carry = try #require(CarryIn.prepare(for: try project.plan("als-two"), root: fixture.root, today: "2016-03-23"))
        #expect(carry.previous.session == "m1")
        #expect(carry.actionBase == 3)
        #expect(carry.actions.map(\.number) == [1, 3])
        #expect(carry.actions.map(\.carries) == [1, 1])
        #expect(carry.actions.last?.earlierStatus == .inProgress)
        #expect(carry.summary == "2 actions to review from meeting 1 (2016-02-10)")
        let plan = try project.plan("als-two")
        let meeting2 = try Session.start(plan: plan, personas: project.personas(of: plan), root: fixture.root, id: "m2",
                                         by: "anna", actionBase: carry.actionBase, carrying: carry.actions)
        try meeting2.record(.action(ActionDraft(text: "four")), by: "anna")
        let state = try Session.open("m2", root: fixture.root, writable: false).state
        #expect(state.actions.map(\.number) == [1, 3, 4])
        #expect(state.actions.filter(\.isCarried).map(\.agreedIn) == ["m1", "m1"])
        #expect(try state.resolveAction("#3").id == meeting1.state.resolveAction("#3").id)
    }

    @Test func aRecordKindFromANewerFormatNamesTheVersionInsteadOfDamage() throws {
        let fixture = try SessionFixture()
        _ = try fixture.start()
        let path = fixture.copy.journal("stirling-2015").path
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map(String.init)
        lines[0] = lines[0].replacingOccurrences(of: "\"format\":\(JournalFormat.current)", with: "\"format\":9")
            .replacingOccurrences(of: "workshop 0.2.0", with: "workshop 0.9.0")
        lines.append(#"{"type":"poll","id":"00000000000000aa","at":"2016-02-10T10:00:00.000Z","by":"anna"}"#)
        lines.append(#"{"type":"poll","id":"00000000000000ab","at":"2016-02-10T10:00:01.000Z","by":"anna"}"#)
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: SessionError.journal(.newerVersion(path: path, format: 9, writer: "workshop 0.9.0"))) {
            try Session.open("stirling-2015", root: fixture.root, writable: false)
        }
        // The same unknown kind in a journal of this format is damage, with its line.
        try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "\"format\":9", with: "\"format\":\(JournalFormat.current)")
            .write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: SessionError.journal(.damaged(path: path, line: 2, problem: .unknownType("poll")))) {
            try Session.open("stirling-2015", root: fixture.root, writable: false)
        }
    }
}
