import WorkshopSupport

/// A session's notes as a checkpoint holds them: the entry and time of each as columns, and its
/// seven texts (the note, who wrote it, and what it is on) as spans of one block of UTF-8, read
/// in place and decoded only when a note is asked for. Reading 40,000 notes into strings was a
/// fifth of a `score` at a million answers, which needs none of them.
package struct NoteColumns: CheckpointRows, @unchecked Sendable {  // the buffers are views into `file`, which it keeps alive
    package typealias Row = (entry: Int32, note: Note)

    private let entries, times, spans, text: UnsafeRawBufferPointer
    private let file: MappedFile
    package let count: Int
    /// A span's start for a text that is absent.
    private static let absent = UInt32.max
    private static let fields = 7

    package static func write(_ notes: SessionState.NoteList, to writer: inout BinaryWriter) throws {
        var spans: [UInt32] = [], text: [UInt8] = []
        for (_, note) in notes {
            let target = note.target
            for field in [note.text, note.by, target.activity, target.persona, target.group, target.criterion, target.prompt] {
                guard let field else {
                    spans += [absent, 0]
                    continue
                }
                spans += [UInt32(text.count), UInt32(field.utf8.count)]
                text += field.utf8
            }
        }
        guard text.count < Int(absent) else { throw BinaryReader.Invalid() }  // no checkpoint, only slower
        writer.ints(notes.map(\.entry))
        writer.ints(notes.map(\.note.at))
        writer.ints(spans)
        writer.ints(text)
    }

    /// Refused unless every note names an entry below `entryCount`, has a time replay accepts, and
    /// every span lies in the text (the note and its writer always present).
    package init(reading reader: inout BinaryReader, in file: MappedFile, entries entryCount: Int) throws(BinaryReader.Invalid) {
        self.file = file
        entries = try reader.block(Int32.self)
        count = entries.count / 4
        times = try reader.block(Int64.self)
        spans = try reader.block(UInt32.self)
        text = try reader.block(UInt8.self)
        guard times.count == count * 8, spans.count == count * Self.fields * 8 else { throw BinaryReader.Invalid() }
        for row in 0..<count {
            let entry = Self.load(entries, row, as: Int32.self), at = Self.load(times, row, as: Int64.self)
            guard entry >= 0, Int(entry) < entryCount, Timestamp.range.contains(at) else { throw BinaryReader.Invalid() }
            for field in 0..<Self.fields {
                let (start, length) = span(row, field)
                if start == Self.absent, field >= 2 { continue }
                guard Int(start) + Int(length) <= text.count else { throw BinaryReader.Invalid() }
            }
        }
    }

    package subscript(row: Int) -> Row {
        precondition(row >= 0 && row < count, "note \(row) of \(count)")
        let target = NoteTarget(
            activity: string(row, 2), persona: string(row, 3), group: string(row, 4), criterion: string(row, 5),
            prompt: string(row, 6))
        let note = Note(text: string(row, 0) ?? "", target: target, at: Self.load(times, row, as: Int64.self),
                        by: string(row, 1) ?? "")
        return (Self.load(entries, row, as: Int32.self), note)
    }

    private func span(_ row: Int, _ field: Int) -> (start: UInt32, length: UInt32) {
        let index = (row * Self.fields + field) * 2
        return (Self.load(spans, index, as: UInt32.self), Self.load(spans, index + 1, as: UInt32.self))
    }

    /// Decoded, not validated: the checkpoint's hash vouches for the bytes (a bad one shows as U+FFFD).
    private func string(_ row: Int, _ field: Int) -> String? {
        let (start, length) = span(row, field)
        guard start != Self.absent else { return nil }
        return String(decoding: text[Int(start)..<Int(start) + Int(length)], as: UTF8.self)
    }

    private static func load<T: FixedWidthInteger>(_ block: UnsafeRawBufferPointer, _ index: Int, as _: T.Type) -> T {
        T(littleEndian: block.loadUnaligned(fromByteOffset: index * MemoryLayout<T>.size, as: T.self))
    }
}
