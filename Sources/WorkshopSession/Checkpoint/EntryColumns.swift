import WorkshopSupport

/// A session's entries as a checkpoint holds them: one column per field, each a block of numbers,
/// read in place from the mapped checkpoint each time an entry is asked for. Copying a million
/// entries out (32 MB of fresh memory) was most of a `score` at a million answers; a command now
/// reads only the entries it needs. The payload is a tag and an index, so the layout does not
/// depend on how Swift lays out an enum.
///
/// Entries are checked as they are read, not all when the checkpoint is opened: an entry that
/// points past a list (a checkpoint whose hash was forged) reads as an undone `close`, so it can
/// never crash a command.
package struct EntryColumns: CheckpointRows, @unchecked Sendable {  // the buffers are views into `file`, which it keeps alive
    package typealias Entry = SessionState.Entry

    /// How long each list an entry can point into is: an entry pointing past one is refused.
    package struct Limits {
        package var cells, people, levels, notes, activities, groups, weights, actions, reviews, redactions: Int
        package var ideas = 0
    }

    private static let kinds = RecordKind.allCases

    package static func write(_ entries: SessionState.EntryList, to writer: inout BinaryWriter) {
        // A column at a time, each a pass over every entry: none once the writer's sink refused.
        let columns: [(inout BinaryWriter) -> Void] = [
            { $0.ints(entries.map(\.id)) }, { $0.ints(entries.map(\.at)) }, { $0.ints(entries.map(\.cell)) },
            { $0.ints(entries.map { split($0.payload).1 }) }, { $0.ints(entries.map(\.by)) },
            { $0.ints(entries.map(\.value)) }, { $0.ints(entries.map { split($0.payload).0 }) },
            { $0.ints(entries.map { entry in UInt8(kinds.firstIndex(of: entry.kind) ?? 0) }) },
            { $0.bools(entries.map(\.active)) },
        ]
        for column in columns where writer.sinkAccepted { column(&writer) }
    }

    private let ids, times, cells, indexes, people, values, tags, kinds, active: UnsafeRawBufferPointer
    private let file: MappedFile
    package let count: Int
    /// What each entry is checked against; set once the lists it points into have been read.
    package var limits = Limits(cells: 0, people: 0, levels: 0, notes: 0, activities: 0, groups: 0, weights: 0, actions: 0,
                        reviews: 0, redactions: 0)

    /// Views into the reader's bytes, which must lie in `file`.
    package init(reading reader: inout BinaryReader, in file: MappedFile) throws(BinaryReader.Invalid) {
        self.file = file
        ids = try reader.block(UInt64.self)
        count = ids.count / 8
        times = try reader.block(Int64.self)
        cells = try reader.block(Int32.self)
        indexes = try reader.block(Int32.self)
        people = try reader.block(Int16.self)
        values = try reader.block(Int16.self)
        tags = try reader.block(UInt8.self)
        kinds = try reader.block(UInt8.self)
        active = try reader.block(UInt8.self)
        let sizes = [(times, 8), (cells, 4), (indexes, 4), (people, 2), (values, 2), (tags, 1), (kinds, 1), (active, 1)]
        guard sizes.allSatisfy({ $0.0.count == count * $0.1 }) else { throw BinaryReader.Invalid() }
    }

    /// The entry in `row`, which must be below `count`.
    package subscript(row: Int) -> Entry {
        precondition(row >= 0 && row < count, "entry \(row) of \(count)")
        return entry(row, within: limits)
            ?? Entry(id: 0, at: 0, cell: -1, payload: .none, by: 0, value: 0, kind: .close, active: false)
    }

    private func entry(_ row: Int, within limits: Limits) -> Entry? {
        let kind = Int(kinds[row]), person = Int16(littleEndian: people.loadUnaligned(fromByteOffset: row * 2, as: Int16.self))
        let cell = Int32(littleEndian: cells.loadUnaligned(fromByteOffset: row * 4, as: Int32.self))
        let at = Int64(littleEndian: times.loadUnaligned(fromByteOffset: row * 8, as: Int64.self))
        guard kind < Self.kinds.count, person >= 0, Int(person) < limits.people, cell >= -1, Int(cell) < limits.cells,
              active[row] <= 1, Timestamp.range.contains(at)
        else { return nil }
        let value = Int16(littleEndian: values.loadUnaligned(fromByteOffset: row * 2, as: Int16.self))
        if Self.kinds[kind] == .answer, !(value == Entry.unsure || (value >= 0 && Int(value) < limits.levels)) {
            return nil
        }
        // Answers and withdrawals are about a cell; an undo or redo points back, never at itself.
        if Self.kinds[kind] == .answer || Self.kinds[kind] == .withdraw, cell < 0 { return nil }
        // A batch's head counts the lines after it, which must be there.
        if Self.kinds[kind] == .batch, !(value > 0 && row + Int(value) < count) { return nil }
        let index = Int32(littleEndian: indexes.loadUnaligned(fromByteOffset: row * 4, as: Int32.self))
        guard let payload = Self.payload(tags[row], index, targetsBelow: row, limits) else { return nil }
        return Entry(
            id: UInt64(littleEndian: ids.loadUnaligned(fromByteOffset: row * 8, as: UInt64.self)),
            at: at, cell: cell, payload: payload, by: person, value: value, kind: Self.kinds[kind], active: active[row] == 1)
    }

    private static func split(_ payload: SessionState.Payload) -> (UInt8, Int32) {
        switch payload {
        case .none: return (0, 0)
        case let .note(index): return (1, index)
        case let .target(index): return (2, index)
        case let .activity(index): return (3, index)
        case let .group(index): return (4, index)
        case let .weight(index): return (5, index)
        case let .action(index): return (6, index)
        case let .review(index): return (7, index)
        case let .redaction(index): return (8, index)
        case let .idea(index): return (9, index)
        }
    }

    private static func payload(_ tag: UInt8, _ index: Int32, targetsBelow row: Int, _ limits: Limits) -> SessionState.Payload? {
        let (payload, limit): (SessionState.Payload, Int)
        switch tag {
        case 0: return SessionState.Payload.none
        case 1: (payload, limit) = (.note(index), limits.notes)
        case 2: (payload, limit) = (.target(index), row)
        case 3: (payload, limit) = (.activity(index), limits.activities)
        case 4: (payload, limit) = (.group(index), limits.groups)
        case 5: (payload, limit) = (.weight(index), limits.weights)
        case 6: (payload, limit) = (.action(index), limits.actions)
        case 7: (payload, limit) = (.review(index), limits.reviews)
        case 8: (payload, limit) = (.redaction(index), limits.redactions)
        case 9: (payload, limit) = (.idea(index), limits.ideas)
        default: return nil
        }
        guard index >= 0, Int(index) < limit else { return nil }
        return payload
    }
}
