/// A session's entries as a checkpoint holds them: one column per field, each written and read as
/// one block, so a million entries cost a few copies rather than a million small reads. The payload
/// is a tag and an index, so the layout does not depend on how Swift lays out an enum.
struct EntryColumns {
    typealias Entry = SessionState.Entry

    private var ids: [UInt64] = [], times: [Int64] = [], cells: [Int32] = [], indexes: [Int32] = []
    private var people: [Int16] = [], values: [Int16] = [], tags: [UInt8] = [], kinds: [UInt8] = []
    private var active: [Bool] = []

    var count: Int { ids.count }

    /// How long each list an entry can point into is: an entry pointing past one is refused.
    struct Limits {
        var cells, people, levels, notes, activities, groups, weights, actions, reviews, redactions: Int
    }

    private static let kinds = RecordKind.allCases

    init(_ entries: [Entry]) {
        for entry in entries {
            ids.append(entry.id)
            times.append(entry.at)
            cells.append(entry.cell)
            people.append(entry.by)
            values.append(entry.value)
            kinds.append(UInt8(Self.kinds.firstIndex(of: entry.kind) ?? 0))
            active.append(entry.active)
            let (tag, index) = Self.split(entry.payload)
            tags.append(tag)
            indexes.append(index)
        }
    }

    func write(to writer: inout BinaryWriter) {
        writer.ints(ids)
        writer.ints(times)
        writer.ints(cells)
        writer.ints(indexes)
        writer.ints(people)
        writer.ints(values)
        writer.ints(tags)
        writer.ints(kinds)
        writer.bools(active)
    }

    init(reading reader: inout BinaryReader) throws(BinaryReader.Invalid) {
        ids = try reader.ints()
        times = try reader.ints()
        cells = try reader.ints()
        indexes = try reader.ints()
        people = try reader.ints()
        values = try reader.ints()
        tags = try reader.ints()
        kinds = try reader.ints()
        active = try reader.bools()
        let columns = [times.count, cells.count, indexes.count, people.count, values.count, tags.count, kinds.count,
                       active.count]
        guard columns.allSatisfy({ $0 == ids.count }) else { throw BinaryReader.Invalid() }
    }

    /// The entries, each checked against `limits` and its own kind.
    func entries(within limits: Limits) throws(BinaryReader.Invalid) -> [Entry] {
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        for row in 0..<count {
            guard Int(kinds[row]) < Self.kinds.count, people[row] >= 0, Int(people[row]) < limits.people,
                  cells[row] >= -1, Int(cells[row]) < limits.cells
            else { throw BinaryReader.Invalid() }
            let kind = Self.kinds[Int(kinds[row])]
            let value = values[row]
            if kind == .answer, !(value == Entry.unsure || (value >= 0 && Int(value) < limits.levels)) {
                throw BinaryReader.Invalid()
            }
            let payload = try Self.payload(tags[row], indexes[row], entries: count, limits)
            entries.append(Entry(
                id: ids[row], at: times[row], cell: cells[row], payload: payload, by: people[row], value: value,
                kind: kind, active: active[row]))
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
