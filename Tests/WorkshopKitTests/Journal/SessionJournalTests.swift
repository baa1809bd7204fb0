import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

struct SessionJournalTests {
    @Test func startSnapshotsThePlanAndPersonas() throws {
        let fixture = try SessionFixture()
        do {
            let session = try fixture.start()
            #expect(session.id == "stirling-2015")
            #expect(session.state.personas.map(\.id).contains("academic"))
        }
        // Later edits to the persona file never change what the session meant.
        try "name: Renamed academic\n".write(
            to: fixture.copy.url.appendingPathComponent("personas/academic.yaml"), atomically: true, encoding: .utf8)
        let reopened = try fixture.open(writable: false)
        let original = try #require(fixture.project.personas["academic"]?.name)
        #expect(original != "Renamed academic")
        #expect(reopened.state.personas.first { $0.id == "academic" }?.name == original)
        #expect(reopened.state.plan == (try fixture.project.plan("stirling-2015")))
    }

    @Test func aSecondStartOfOnePlanGetsTheNextFreeID() throws {
        let fixture = try SessionFixture()
        _ = try fixture.start()
        let second = try fixture.start()
        #expect(second.id == "stirling-2015-2")
        #expect(throws: SessionError.journal(.alreadyExists(path: Session.journalPath(root: fixture.root, id: "stirling-2015")))) {
            try fixture.start(as: "stirling-2015")
        }
    }

    @Test func everyRecordKindSurvivesAReopen() throws {
        let fixture = try SessionFixture()
        do {
            let session = try fixture.start()
            try session.record(.answer(fixture.cell("drop-in", "academic"), .level(3), note: "busy \"week\""), by: "anna")
            try session.record(.answer(fixture.cell("drop-in", "undergraduate", "table-2"), .unsure, note: nil), by: "anna")
            try session.record(.answer(fixture.cell("induction", "academic"), .level(4), note: nil), by: "anna")
            try session.record(.withdraw(fixture.cell("induction", "academic")), by: "anna")
            try session.record(.note(NoteTarget(), text: "session note"), by: "anna")
            try session.record(.note(NoteTarget(persona: "phd-candidate", prompt: "try-first"), text: "cafés\nfirst"), by: "anna")
            try session.record(.addActivity(Activity(id: "peer-mentors", title: "Peer mentors")), by: "anna")
            try session.record(.addGroup("table-6"), by: "anna")
            try session.record(.answer(fixture.cell("peer-mentors", "academic", "table-6"), .level(0), note: nil), by: "anna")
            try session.record(.close, by: "anna")
        }
        let state = try fixture.open().state
        #expect(state.recordCount == 10)
        #expect(state.answer(for: fixture.cell("drop-in", "academic")) == .level(3))
        #expect(state.answer(for: fixture.cell("drop-in", "undergraduate", "table-2")) == .unsure)
        #expect(state.answer(for: fixture.cell("induction", "academic")) == nil)
        #expect(state.answer(for: fixture.cell("peer-mentors", "academic", "table-6")) == .level(0))
        #expect(state.activeNotes.map(\.text) == ["busy \"week\"", "session note", "cafés\nfirst"])
        #expect(state.activeNotes[2].prompt == "try-first")
        #expect(state.activeActivities.last?.id == "peer-mentors")
        #expect(state.activeGroups.last == "table-6")
        #expect(state.isClosed)
        #expect(state.log.count == 11)
    }

    @Test func aLaterAnswerReplacesTheEarlierWhichStaysInTheLog() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let cell = fixture.cell("drop-in", "academic")
        try session.record(.answer(cell, .level(1), note: nil), by: "anna")
        try session.record(.answer(cell, .level(4), note: nil), by: "anna")
        #expect(session.state.answer(for: cell) == .level(4))
        #expect(session.state.currentAnswers.count == 1)
        #expect(session.state.log.filter { $0.text.hasPrefix("score drop-in") }.map(\.text)
                == ["score drop-in · academic · table-1 = 2", "score drop-in · academic · table-1 = 5"])
    }

    @Test func undoAndRedoSurviveARestart() throws {
        let fixture = try SessionFixture()
        let cell = fixture.cell("drop-in", "academic")
        do {
            let session = try fixture.start()
            try session.record(.answer(cell, .level(1), note: nil), by: "anna")
            try session.record(.answer(cell, .level(4), note: nil), by: "anna")
        }
        do {
            let session = try fixture.open()
            try session.record(.undo, by: "anna")
            #expect(session.state.answer(for: cell) == .level(1))
        }
        do {
            let session = try fixture.open()
            #expect(session.state.answer(for: cell) == .level(1))
            try session.record(.undo, by: "anna")
            #expect(session.state.answer(for: cell) == nil)
            #expect(throws: SessionError.nothingToUndo(person: "anna")) { try session.record(.undo, by: "anna") }
        }
        do {
            let session = try fixture.open()
            try session.record(.redo, by: "anna")
            try session.record(.redo, by: "anna")
            #expect(session.state.answer(for: cell) == .level(4))
            #expect(throws: SessionError.nothingToRedo(person: "anna")) { try session.record(.redo, by: "anna") }
        }
        #expect(try fixture.open(writable: false).state.answer(for: cell) == .level(4))
    }

    @Test func undoTakesBackOnlyYourOwnChanges() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(.answer(fixture.cell("drop-in", "academic"), .level(1), note: nil), by: "anna")
        try session.record(.answer(fixture.cell("induction", "academic"), .level(2), note: nil), by: "bob")
        try session.record(.undo, by: "anna")
        #expect(session.state.answer(for: fixture.cell("drop-in", "academic")) == nil)
        #expect(session.state.answer(for: fixture.cell("induction", "academic")) == .level(2))
        #expect(throws: SessionError.nothingToUndo(person: "anna")) { try session.record(.undo, by: "anna") }
    }

    @Test func aNewChangeClearsRedo() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(.answer(fixture.cell("drop-in", "academic"), .level(1), note: nil), by: "anna")
        try session.record(.undo, by: "anna")
        try session.record(.answer(fixture.cell("induction", "academic"), .level(2), note: nil), by: "anna")
        #expect(throws: SessionError.nothingToRedo(person: "anna")) { try session.record(.redo, by: "anna") }
    }

    @Test func undoingAnAddedActivityHidesItAndRedoBringsItBack() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(.addActivity(Activity(id: "peer-mentors", title: "Peer mentors")), by: "anna")
        try session.record(.undo, by: "anna")
        #expect(!session.state.activeActivities.contains { $0.id == "peer-mentors" })
        #expect(throws: SessionError.self) { try session.state.resolveActivity("peer-mentors") }
        try session.record(.redo, by: "anna")
        #expect(try session.state.resolveActivity("peer") == "peer-mentors")
    }

    @Test func aClosedSessionRefusesChangesUntilUndone() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(.close, by: "anna")
        let size = try fixture.journalBytes().count
        #expect(throws: SessionError.closed("stirling-2015")) {
            try session.record(.answer(fixture.cell("drop-in", "academic"), .level(1), note: nil), by: "anna")
        }
        #expect(try fixture.journalBytes().count == size)
        try session.record(.undo, by: "anna")
        try session.record(.answer(fixture.cell("drop-in", "academic"), .level(1), note: nil), by: "anna")
    }

    @Test func withdrawingAnEmptyCellIsRefusedAndWritesNothing() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let size = try fixture.journalBytes().count
        #expect(throws: SessionError.noAnswerToWithdraw(cell: "drop-in · academic · table-1")) {
            try session.record(.withdraw(fixture.cell("drop-in", "academic")), by: "anna")
        }
        #expect(try fixture.journalBytes().count == size)
    }

    @Test func sessionIDsMayBeAbbreviated() throws {
        let fixture = try SessionFixture()
        _ = try fixture.start(as: "morning")
        _ = try fixture.start(as: "afternoon")
        #expect(try Session.resolveID("mor", root: fixture.root) == "morning")
        #expect(throws: SessionError.unknownSession("evening", suggestion: nil, available: ["afternoon", "demo-2015", "demo-2016", "learning-set-1", "learning-set-2", "learning-set-3", "morning"])) {
            try Session.resolveID("evening", root: fixture.root)
        }
        #expect(throws: SessionError.unknownSession("morming", suggestion: "morning", available: ["afternoon", "demo-2015", "demo-2016", "learning-set-1", "learning-set-2", "learning-set-3", "morning"])) {
            try Session.resolveID("morming", root: fixture.root)
        }
    }
}

/// Changes the encoder lets through but the session's rules refuse at replay: the written lines are
/// cut off again and memory is rebuilt from the disk, so nothing is half-recorded.
struct RefusedAfterWritingTests {
    @Test func aSingleRefusedChangeLeavesDiskAndMemoryAsTheyWere() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(.answer(fixture.cell("drop-in", "academic"), .level(2), note: nil), by: "anna")
        let before = try fixture.journalBytes()
        #expect(throws: SessionError.refused("unknown activity 'no-such-activity'; nothing was recorded")) {
            try session.record(.answer(fixture.cell("no-such-activity", "academic"), .level(1), note: nil), by: "anna")
        }
        #expect(throws: SessionError.refused("unknown persona 'librarian'; nothing was recorded")) {
            try session.record(.weight(persona: "librarian", 2), by: "anna")
        }
        #expect(try fixture.journalBytes() == before)
        #expect(session.state.recordCount == 1)
        // The session carries on, and undo still finds the last real change.
        try session.record(.undo, by: "anna")
        #expect(session.state.answer(for: fixture.cell("drop-in", "academic")) == nil)
    }

    @Test func aBatchWithOneBadLineRecordsNothing() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let before = try fixture.journalBytes()
        #expect(throws: SessionError.self) {
            try session.record(all: [
                .answer(fixture.cell("drop-in", "academic"), .level(2), note: nil),
                .answer(fixture.cell("drop-in", "academic", "table-99"), .level(3), note: nil),
            ], by: "anna")
        }
        #expect(try fixture.journalBytes() == before)
        #expect(session.state.recordCount == 0)
        #expect(session.state.answer(for: fixture.cell("drop-in", "academic")) == nil)
        #expect(try fixture.open(writable: false).state.recordCount == 0)
    }
}
