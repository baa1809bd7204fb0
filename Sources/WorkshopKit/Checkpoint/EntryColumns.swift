/// A session's entries as a checkpoint holds them: one column per field, each a block of numbers.
/// Read straight from the mapped checkpoint into the entries, with no array per column between:
/// at a million entries those arrays measured as a fifth of a command's time in page faults. The
/// payload is a tag and an index, so the layout does not depend on how Swift lays out an enum.
struct EntryColumns {
    typealias Entry = SessionState.Entry

    /// How long each list an entry can point into is: an entry pointing past one is refused.
    struct Limits {
        var cells, people, levels, notes, activities, groups, weights, actions, reviews, redactions: Int
    }

    private static let kinds = RecordKind.allCases

    static func write(_ entries: [Entry], to writer: inout BinaryWriter) {
        writer.ints(entries.map(\.id))
        writer.ints(entries.map(\.at))
        writer.ints(entries.map(\.cell))
        writer.ints(entries.map { split($0.payload).1 })
        writer.ints(entries.map(\.by))
        writer.ints(entries.map(\.value))
        writer.ints(entries.map { split($0.payload).0 })
        writer.ints(entries.map { entry in UInt8(kinds.firstIndex(of: entry.kind) ?? 0) })
        writer.bools(entries.map(\.active))
    }

    private let ids, times, cells, indexes, people, values, tags, kinds, active: UnsafeRawBufferPointer
    let count: Int

    /// Views into the reader's bytes, which must outlive this value.
    init(reading reader: inout BinaryReader) throws(BinaryReader.Invalid) {
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

    /// The entries, each checked against `limits` and its own kind.
    func entries(within limits: Limits) throws(BinaryReader.Invalid) -> [Entry] {
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        for row in 0..<count {
            let kind = Int(kinds[row]), person = Int16(littleEndian: people.loadUnaligned(fromByteOffset: row * 2, as: Int16.self))
            let cell = Int32(littleEndian: cells.loadUnaligned(fromByteOffset: row * 4, as: Int32.self))
            let at = Int64(littleEndian: times.loadUnaligned(fromByteOffset: row * 8, as: Int64.self))
            guard kind < Self.kinds.count, person >= 0, Int(person) < limits.people, cell >= -1, Int(cell) < limits.cells,
                  active[row] <= 1, Timestamp.range.contains(at)
            else { throw BinaryReader.Invalid() }
            let value = Int16(littleEndian: values.loadUnaligned(fromByteOffset: row * 2, as: Int16.self))
            if Self.kinds[kind] == .answer, !(value == Entry.unsure || (value >= 0 && Int(value) < limits.levels)) {
                throw BinaryReader.Invalid()
            }
            let index = Int32(littleEndian: indexes.loadUnaligned(fromByteOffset: row * 4, as: Int32.self))
            entries.append(Entry(
                id: UInt64(littleEndian: ids.loadUnaligned(fromByteOffset: row * 8, as: UInt64.self)),
                at: at, cell: cell, payload: try Self.payload(tags[row], index, entries: count, limits), by: person,
                value: value, kind: Self.kinds[kind], active: active[row] == 1))
        }
        return entries
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
        }
    }

    private static func payload(_ tag: UInt8, _ index: Int32, entries: Int, _ limits: Limits)
        throws(BinaryReader.Invalid) -> SessionState.Payload
    {
        let (payload, limit): (SessionState.Payload, Int)
        switch tag {
        case 0: return .none
        case 1: (payload, limit) = (.note(index), limits.notes)
        case 2: (payload, limit) = (.target(index), entries)
        case 3: (payload, limit) = (.activity(index), limits.activities)
        case 4: (payload, limit) = (.group(index), limits.groups)
        case 5: (payload, limit) = (.weight(index), limits.weights)
        case 6: (payload, limit) = (.action(index), limits.actions)
        case 7: (payload, limit) = (.review(index), limits.reviews)
        case 8: (payload, limit) = (.redaction(index), limits.redactions)
        default: throw BinaryReader.Invalid()
        }
        guard index >= 0, Int(index) < limit else { throw BinaryReader.Invalid() }
        return payload
    }
}
