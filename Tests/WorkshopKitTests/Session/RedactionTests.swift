import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// `redact`: the one rewrite of a journal. The text goes from the file and from every view of the
/// session, the record and its redaction stay, replay still works, and nothing brings the text back.
struct RedactionTests {
    static let secret = "Jane Doe"

    /// A session with a record of every kind that holds free text, each naming the secret.
    func sessionWithText(_ fixture: SessionFixture) throws -> Session {
        let session = try fixture.start()
        let cell = fixture.cell("drop-in", "academic")
        try session.record(.note(NoteTarget(activity: "drop-in"), text: "\(Self.secret) was rude"), by: "anna")
        try session.record(.answer(cell, .level(4), note: "ask \(Self.secret)"), by: "anna")
        try session.record(.addActivity(Activity(id: "clinic", title: "\(Self.secret)'s clinic",
                                                 description: "run by \(Self.secret)")), by: "anna")
        try session.record(.action(ActionDraft(text: "email \(Self.secret)", owner: Self.secret)), by: "anna")
        let action = try #require(session.state.actions.first)
        try session.record(.review(action, .inProgress, note: "\(Self.secret) is away"), by: "anna")
        return session
    }

    func journalText(_ fixture: SessionFixture) throws -> String {
        String(decoding: try fixture.journalBytes(), as: UTF8.self)
    }

    @Test func everyKindWithTextIsBlankedInTheFileAndInEveryView() throws {
        let fixture = try SessionFixture()
        let session = try sessionWithText(fixture)
        let before = try journalText(fixture).split(separator: "\n")
        for index in 0..<session.state.recordCount {
            try session.redact(index, reason: "names a student", by: "bea")
        }
        let after = try journalText(fixture).split(separator: "\n")
        #expect(!after.joined().contains(Self.secret))
        #expect(after.count == before.count + 5, "a redact record for each, nothing else added or removed")
        for state in [session.state, try fixture.open(writable: false).state] {
            #expect(state.activeNotes.isEmpty)
            #expect(state.answerRecords.map(\.note) == [nil])
            #expect(state.answer(for: fixture.cell("drop-in", "academic")) == .level(4), "the answer itself stays")
            #expect(state.activeActivities.last.map { [$0.title, $0.description] } == ["clinic", ""])
            #expect(state.actions.map(\.text) == [Action.redactedText])
            #expect(state.actions.first?.owner == nil && state.actions.first?.review?.status == .inProgress)
            #expect(state.actions.first?.review?.note == nil)
            let log = state.log.map(\.text)
            #expect(!log.joined().contains(Self.secret))
            #expect(log[1] == "note on drop-in: [redacted]")
            #expect(log[6].hasPrefix("redact note \(SessionState.shortID(state.recordID(0))): \"names a student\""))
            #expect(state.redactionList.map(\.kind) == [.note, .answer, .addActivity, .action, .review])
        }
    }

    @Test func onlyRecordsWithTextAndOnlyOnceAndNeverUndone() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(.addGroup("table-9"), by: "anna")
        try session.record(.note(NoteTarget(), text: "x"), by: "anna")
        try session.record(.answer(fixture.cell("drop-in", "academic"), .level(2), note: nil), by: "anna")
        #expect(throws: SessionError.self) { try session.redact(0, reason: "r", by: "anna") }
        #expect(throws: SessionError.refused("record \(SessionState.shortID(session.state.recordID(2))) (answer) has no text to redact")) {
            try session.redact(2, reason: "r", by: "anna")
        }
        #expect(throws: SessionError.self) { try session.redact(1, reason: "  ", by: "anna") }
        try session.redact(1, reason: "r", by: "anna")
        #expect(throws: SessionError.refused("record \(SessionState.shortID(session.state.recordID(1))) (note) is already redacted")) {
            try session.redact(1, reason: "r", by: "anna")
        }
        // Undo by the one who redacted: refused, saying why; someone else's undo is their own.
        let bytes = try fixture.journalBytes()
        #expect(throws: SessionError.self) { try session.record(.undo, by: "anna") }
        #expect(try fixture.journalBytes() == bytes)
        #expect(throws: SessionError.nothingToUndo(person: "bea")) { try session.record(.undo, by: "bea") }
        // A new change can be undone again; the redaction still cannot, nor anything before it.
        try session.record(.addGroup("table-10"), by: "anna")
        try session.record(.undo, by: "anna")
        #expect(throws: SessionError.self) { try session.record(.undo, by: "anna") }
        #expect(session.state.answer(for: fixture.cell("drop-in", "academic")) == .level(2))
    }

    @Test func anUndoRecordNamingARedactionIsDamage() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(.note(NoteTarget(), text: "x"), by: "anna")
        try session.redact(0, reason: "r", by: "anna")
        let redaction = RecordID.format(session.state.recordID(1))
        let handle = try FileHandle(forWritingTo: fixture.copy.journal("stirling-2015"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((#"{"type":"undo","id":"00000000000000ac","at":"2015-11-20T06:13:20.123Z","by":"anna","target":"\#(redaction)"}"# + "\n").utf8))
        try handle.close()
        #expect(throws: SessionError.journal(.damaged(
            path: Session.journalPath(root: fixture.root, id: "stirling-2015"), line: 4,
            problem: .notUndoable(kind: "redact", id: redaction)))) {
            try fixture.open(writable: false)
        }
    }

    @Test func aClosedSessionCanStillBeRedacted() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(.note(NoteTarget(), text: Self.secret), by: "anna")
        try session.record(.close, by: "anna")
        try session.redact(0, reason: "r", by: "anna")
        #expect(!(try journalText(fixture)).contains(Self.secret))
        #expect(try fixture.open(writable: false).state.isClosed)
    }

    @Test func textThatComesBackIsShownBlankAndBlankedAgainOnTheNextWritableOpen() throws {
        let fixture = try SessionFixture()
        let original: String
        do {
            let session = try fixture.start()
            try session.record(.note(NoteTarget(), text: "\(Self.secret) again"), by: "anna")
            original = try journalText(fixture).split(separator: "\n")[1] + "\n"
            try session.redact(0, reason: "r", by: "anna")
        }
        // An old copy merged back: the original line replaces the blanked one.
        var lines = try journalText(fixture).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        lines[1] = String(original.dropLast())
        try lines.joined(separator: "\n").write(to: fixture.copy.journal("stirling-2015"), atomically: true, encoding: .utf8)

        let reader = try fixture.open(writable: false)
        #expect(reader.state.activeNotes.isEmpty && !reader.state.log.map(\.text).joined().contains(Self.secret))
        #expect(try journalText(fixture).contains(Self.secret), "a reader changes nothing")
        let writer = try fixture.open()
        #expect(writer.recovery?.contains("blanked again") == true)
        #expect(!(try journalText(fixture)).contains(Self.secret))
        #expect(try fixture.journalBytes().count == lines.joined(separator: "\n").utf8.count - "\(Self.secret) again".utf8.count)
    }

    @Test func aJournalOfAnOlderFormatOpensAndCanBeRedacted() throws {
        let fixture = try SessionFixture()
        let session = try fixture.open("learning-set-1")
        #expect(session.state.format == 2)
        let note = try #require(session.state.entries.indices.first { session.state.recordKind($0).holdsFreeText })
        try session.redact(note, reason: "r", by: "anna")
        let reopened = try fixture.open("learning-set-1", writable: false).state
        #expect(reopened.format == 2 && reopened.isRedacted(note))
    }
}
