import WorkshopSupport

/// Which answers a `rate` walk recorded, by the walk's mark (the id of its first answer): each answer
/// stands and is undone on its own, and `undo --walk` finds the rest of its walk here. Few entries
/// carry a mark, so two sorted columns are enough.
package struct WalkMarks: Sendable {
    private var entries: [Int32] = []
    private var walks: [UInt64] = []

    /// `entry` (appended after every entry marked so far) belongs to `walk`.
    package mutating func add(_ entry: Int32, walk: UInt64) {
        entries.append(entry)
        walks.append(walk)
    }

    /// The walk `entry` was recorded in, if any.
    package func walk(of entry: Int32) -> UInt64? {
        var low = 0, high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle] < entry { low = middle + 1 } else { high = middle }
        }
        return low < entries.count && entries[low] == entry ? walks[low] : nil
    }

    /// Every entry of `walk`, oldest first.
    package func members(of walk: UInt64) -> [Int32] {
        zip(entries, walks).compactMap { $0.1 == walk ? $0.0 : nil }
    }

    package func write(to writer: inout BinaryWriter) {
        writer.ints(entries)
        writer.ints(walks)
    }

    /// Refused unless both columns agree in length and every entry is below `count`, in order.
    package init(reading reader: inout BinaryReader, entries count: Int) throws(BinaryReader.Invalid) {
        entries = try reader.ints(Int32.self)
        walks = try reader.ints(UInt64.self)
        guard entries.count == walks.count, zip(entries, entries.dropFirst()).allSatisfy({ $0 < $1 }),
              entries.allSatisfy({ $0 >= 0 && Int($0) < count })
        else { throw BinaryReader.Invalid() }
    }

    package init() {}
}
