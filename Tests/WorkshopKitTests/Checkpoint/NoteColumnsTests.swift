import Testing
@testable import WorkshopKit

/// Notes as a checkpoint holds them: every text comes back as written, absent targets stay absent,
/// and a note that names a missing entry or a span past the text is refused at load.
struct NoteColumnsTests {
    private static let notes: [(entry: Int32, note: Note)] = [
        (0, Note(text: "café on Fridays", target: NoteTarget(activity: "drop-in", persona: "phd"), at: 1_700_000_000_000, by: "sam")),
        (2, Note(text: "", target: NoteTarget(group: "table-1", criterion: "reach", prompt: "why?"), at: 1_700_000_000_500, by: "")),
    ]

    private static func encoded(_ rows: [(entry: Int32, note: Note)]) throws -> [UInt8] {
        var list = SessionState.NoteList()
        for row in rows { list.append(row) }
        var writer = BinaryWriter()
        try NoteColumns.write(list, to: &writer)
        return writer.bytes
    }

    private static func read(_ bytes: [UInt8], entries: Int = 3) throws -> NoteColumns {
        let file = MappedFile(copying: bytes)
        var reader = BinaryReader(file.bytes)
        return try NoteColumns(reading: &reader, in: file, entries: entries)
    }

    @Test func everyNoteReadsBackAsWritten() throws {
        let columns = try Self.read(try Self.encoded(Self.notes))
        #expect(columns.count == 2)
        for (row, expected) in Self.notes.enumerated() {
            #expect(columns[row].entry == expected.entry)
            #expect(columns[row].note == expected.note)
        }
    }

    @Test func aNoteOnAnEntryTheCheckpointDoesNotHoldIsRefused() throws {
        let bytes = try Self.encoded(Self.notes)
        #expect(throws: BinaryReader.Invalid.self) { try Self.read(bytes, entries: 2) }
    }

    @Test func aSpanPastTheTextIsRefused() throws {
        var bytes = try Self.encoded(Self.notes)
        // The spans block follows the entries (8 + 2×4) and times (8 + 2×8) blocks and its own count.
        let firstLength = 8 + 8 + 8 + 16 + 8 + 4
        bytes[firstLength] = 0xFF
        #expect(throws: BinaryReader.Invalid.self) { try Self.read(bytes) }
    }

    @Test func aMissingNoteTextIsRefusedThoughAMissingTargetIsNot() throws {
        var bytes = try Self.encoded(Self.notes)
        let firstStart = 8 + 8 + 8 + 16 + 8
        for offset in firstStart..<firstStart + 4 { bytes[offset] = 0xFF }
        #expect(throws: BinaryReader.Invalid.self) { try Self.read(bytes) }
    }
}
