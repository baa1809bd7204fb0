import Testing
@testable import WorkshopKit

/// A note kept with an answer stays with the cell when a later answer replaces that answer: a
/// phone answers with a note, then the table changes the score at the laptop. The tidy rows lost
/// the note because they took only the standing answer's own note.
struct ReplacedAnswerNoteTests {
    static let note = "We only heard about it by chance"

    func phoneThenTable(_ fixture: SessionFixture) throws -> Session {
        let session = try fixture.start()
        let cell = fixture.cell("drop-in", "academic", "table-2")
        try session.record(.answer(cell, .level(1), note: Self.note), by: "phone:table-2")
        try session.record(.answer(cell, .level(3), note: nil), by: "anna")
        return session
    }

    @Test func theTidyRowKeepsThePhonesNoteAfterTheTableChangedTheAnswer() throws {
        let fixture = try SessionFixture()
        let session = try phoneThenTable(fixture)
        for state in [session.state, try fixture.open(writable: false).state] {
            let records = state.answerRecords
            #expect(records.count == 1)
            #expect(records.first?.answer == .level(3))
            #expect(records.first?.note == Self.note)
            let tidy = ExportInput(state: state).tidyRows
            #expect(tidy.first?[9] == .text(Self.note), "the tidy CSV's note column")
        }
    }

    @Test func bothNotesShowWhenTheTableAddsItsOwn() throws {
        let fixture = try SessionFixture()
        let session = try phoneThenTable(fixture)
        try session.record(.answer(fixture.cell("drop-in", "academic", "table-2"), .level(4), note: "agreed at the table"),
                           by: "anna")
        #expect(session.state.answerRecords.first?.note == Self.note + "\nagreed at the table")
    }

    @Test func anUndoneAnswerTakesItsNoteWithIt() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let cell = fixture.cell("drop-in", "academic", "table-2")
        try session.record(.answer(cell, .level(3), note: nil), by: "anna")
        try session.record(.answer(cell, .level(1), note: Self.note), by: "anna")
        _ = try session.undo(count: 1, by: "anna")
        #expect(session.state.answerRecords.first?.answer == .level(3))
        #expect(session.state.answerRecords.first?.note == nil)
    }
}
