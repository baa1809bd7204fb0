import Foundation
import Testing
@testable import WorkshopKit

struct SessionStateLayoutTests {
    /// A million entries are held in memory at once: the payload enum must not make them bigger than
    /// the 32 bytes the Int32 `extra` field gave.
    @Test func anEntryStaysThirtyTwoBytes() {
        #expect(MemoryLayout<SessionState.Entry>.stride == 32)
    }

    @Test func aNoteIsWrittenAsTheSummarysFlatObject() throws {
        let note = Note(text: "busy in week 3", target: NoteTarget(persona: "academic", prompt: "try-first"),
                        at: 1_448_000_000_123, by: "anna")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(note), as: UTF8.self)
        #expect(json == #"{"at":"2015-11-20T06:13:20.123Z","by":"anna","persona":"academic","prompt":"try-first","text":"busy in week 3"}"#)
        #expect(try JSONDecoder().decode(Note.self, from: Data(json.utf8)) == note)
        #expect(note.place == "prompt try-first · academic")
        #expect(note.persona == "academic" && note.activity == nil)
    }

    @Test func aNoteWithABadTimeIsRefused() {
        let json = #"{"at":"yesterday","by":"anna","text":"x"}"#
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Note.self, from: Data(json.utf8)) }
    }
}
