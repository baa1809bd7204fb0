import WorkshopModel
import WorkshopSupport

/// Every cell's answers over time: the entries that answered or withdrew it, newest first, and the
/// one in force (the newest not undone). Its arrays move in lock step, so they stay private.
package struct CellHistory: Sendable {
    private var table = CellTable()
    private var keys: [CellKey] = []
    /// For each cell, its newest answer or withdrawal entry, undone or not, or -1.
    private var newest: [Int32] = []
    /// For each entry, the entry before it in the same cell, or -1 (also for entries not about a
    /// cell): the chain undo walks back.
    private var previous = SessionState.IndexList()
    /// For each cell, the entry holding its current answer or withdrawal, or -1.
    private var current: [Int32] = []

    /// How many cells have ever been answered, in the order they were first answered.
    package var count: Int { keys.count }

    /// The cell of `key`, made on first use.
    package mutating func cell(for key: CellKey) -> Int32 {
        if let index = table[key] { return index }
        let index = Int32(keys.count)
        table.insert(key, index)
        keys.append(key)
        newest.append(-1)
        current.append(-1)
        return index
    }

    /// The cell of `key`, if it was ever answered.
    package func cell(of key: CellKey) -> Int32? {
        table[key]
    }

    package func key(of cell: Int) -> CellKey {
        keys[cell]
    }

    package mutating func reserveCapacity(moreEntries count: Int) {
        previous.reserveCapacity(more: count)
    }

    /// Takes the next entry, which must be numbered one after the last: an answer or withdrawal of
    /// `cell` becomes that cell's newest and current; any other record passes nil.
    package mutating func record(entry: Int32, in cell: Int32?) {
        assert(Int(entry) == previous.count, "entries are recorded in order, each once")
        guard let cell else {
            previous.append(-1)
            return
        }
        previous.append(newest[Int(cell)])
        newest[Int(cell)] = entry
        current[Int(cell)] = entry
    }

    /// The entry holding the cell's current answer or withdrawal, if any.
    package func current(of cell: Int) -> Int32? {
        let entry = current[cell]
        return entry >= 0 ? entry : nil
    }

    /// After one of the cell's entries was undone or redone: the newest entry still active becomes
    /// current, or none when every one was undone.
    package mutating func reselect(cell: Int32, isActive: (Int32) -> Bool) {
        var entry = newest[Int(cell)]
        while entry >= 0 && !isActive(entry) { entry = previous[Int(entry)] }
        current[Int(cell)] = entry
    }
}

extension CellHistory {
    package func write(to writer: inout BinaryWriter) {
        writer.ints(keys.map(\.packed))
        writer.ints(newest)
        writer.ints(Array(previous))
        writer.ints(current)
    }

    /// Refused unless the arrays agree with each other and with `entries` (how many there are).
    package init(reading reader: inout BinaryReader, in file: MappedFile, entries: Int) throws(BinaryReader.Invalid) {
        let packed: [UInt64] = try reader.ints()
        newest = try reader.ints()
        // Read in place: a link that does not point back reads as the chain's end.
        previous = SessionState.IndexList(try IndexColumn(reading: &reader, in: file, lower: -1, upper: entries, backward: true))
        current = try reader.ints()
        guard newest.count == packed.count, current.count == packed.count, previous.count == entries,
              [newest, current].allSatisfy({ $0.allSatisfy { $0 >= -1 && Int($0) < entries } })
        else { throw BinaryReader.Invalid() }
        for value in packed {
            guard let key = CellKey(packed: value), table[key] == nil else { throw BinaryReader.Invalid() }
            table.insert(key, Int32(keys.count))
            keys.append(key)
        }
    }
}
