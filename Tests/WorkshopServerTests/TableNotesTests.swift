import Foundation
import Testing
import WorkshopKit
@testable import WorkshopServer

/// A table's notes found without reading the room's: only its own, in force (an undone note and a
/// redacted one left out), and notes arriving later found too.
struct TableNotesTests {
    @Test func aTableGetsItsOwnNotesInForceAsTheyArrive() async throws {
        let room = try await RoomUnderTest()
        let gate = room.room.gate
        func note(_ group: String, _ text: String, by person: String) throws {
            let target = NoteTarget(activity: "drop-in", persona: "academic", group: group)
            _ = try gate.exclusive { try $0.record(.note(target, text: text), by: person) }
        }
        try note("table-1", "first", by: "anna")
        try note("table-2", "not ours", by: "anna")
        let index = TableNotes()
        #expect(index.notes(of: "table-1", in: gate.state).map(\.text) == ["first"])
        try note("table-1", "second", by: "ben")
        try note("table-1", "taken back", by: "anna")
        _ = try gate.exclusive { try $0.record(.undo, by: "anna") }
        #expect(index.notes(of: "table-1", in: gate.state).map(\.text) == ["first", "second"])
        #expect(index.notes(of: "table-2", in: gate.state).map(\.text) == ["not ours"])
        #expect(index.notes(of: "table-3", in: gate.state).isEmpty)
        let every = gate.state.activeNotes.filter { $0.group == "table-1" }.map(\.text)
        #expect(index.notes(of: "table-1", in: gate.state).map(\.text) == every, "the same as reading them all")
        await RoomUnderTest.stop(room.room)
    }
}
