import Foundation
import Testing
@testable import WorkshopKit

/// `Session.record(each:)`, the live room's group commit: one write and one fsync for a burst,
/// each change standing alone, and memory only ever what the disk holds.
struct RecordEachTests {
    @Test func recordsEachWithItsOwnIDAndLeavesOutOnlyWhatTheRulesRefuse() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let before = try fixture.journalBytes().count
        let results = session.record(each: [
            PendingChange(change: .answer(fixture.cell("drop-in", "academic"), .level(3), note: nil), person: "phone:table-1", id: 0xA1),
            PendingChange(change: .close, person: "anna", id: 0xA2),
            PendingChange(change: .answer(fixture.cell("induction", "academic"), .unsure, note: "late"), person: "phone:table-1", id: 0xA3),
        ])
        #expect((try? results[0].get()) == 0)
        #expect((try? results[1].get()) == 1)
        guard case .failure(.closed) = results[2] else {
            Issue.record("an answer after the close must be refused as closed, got \(results[2])")
            return
        }
        #expect(session.state.recordCount == 2)
        #expect(session.state.recordID(0) == 0xA1)
        let lines = String(decoding: try fixture.journalBytes()[before...], as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("\"id\":\"00000000000000a1\"") && lines[0].contains("\"by\":\"phone:table-1\""))
        // What the next open replays is what memory holds.
        let reopened = try fixture.open(writable: false)
        #expect(reopened.state.recordCount == 2)
        #expect(reopened.state.currentAnswers.count == 1)
    }

    @Test func aRefusedChangeInTheMiddleLeavesTheOthersWhole() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let cell = fixture.cell("drop-in", "academic")
        let results = session.record(each: [
            PendingChange(change: .answer(cell, .level(1), note: nil), person: "p"),
            PendingChange(change: .withdraw(fixture.cell("induction", "academic")), person: "p"),
            PendingChange(change: .answer(cell, .level(4), note: nil), person: "p"),
        ])
        #expect(results.map { (try? $0.get()) != nil } == [true, false, true])
        #expect(session.state.answer(for: cell) == .level(4))
        #expect(session.state.recordCount == 2)
    }

    @Test func aLineReplayRefusesIsLeftOutAndMemoryStillMatchesTheDisk() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(.answer(fixture.cell("induction", "academic"), .level(2), note: "before"), by: "p")
        // The encoder writes any cell; replay refuses an activity the session does not have.
        let results = session.record(each: [
            PendingChange(change: .answer(fixture.cell("drop-in", "academic"), .level(1), note: "a"), person: "p"),
            PendingChange(change: .answer(fixture.cell("no-such-activity", "academic"), .level(1), note: nil), person: "p"),
            PendingChange(change: .answer(fixture.cell("drop-in", "undergraduate"), .level(3), note: "c"), person: "p"),
        ])
        #expect(results.map { (try? $0.get()) != nil } == [true, false, true])
        guard case let .failure(.refused(reason)) = results[1] else {
            Issue.record("expected a refusal, got \(results[1])")
            return
        }
        #expect(reason.contains("no-such-activity") && reason.hasSuffix("nothing was recorded"))
        let reopened = try fixture.open(writable: false)
        #expect(session.state.recordCount == 3 && reopened.state.recordCount == 3)
        #expect(session.state.currentAnswers.map(\.cell.activity).sorted() == reopened.state.currentAnswers.map(\.cell.activity).sorted())
        #expect(session.state.activeNotes.map(\.text) == ["before", "a", "c"])
    }

    @Test func aReadOnlySessionRefusesEveryChange() throws {
        let fixture = try SessionFixture()
        _ = try fixture.start()
        let session = try fixture.open(writable: false)
        let results = session.record(each: [PendingChange(change: .close, person: "p")])
        guard case .failure(.journal(.readOnlySession)) = results[0] else {
            Issue.record("expected read-only refusal, got \(results[0])")
            return
        }
    }
}
