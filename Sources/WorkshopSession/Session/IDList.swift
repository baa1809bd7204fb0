import WorkshopSupport

/// One kind of id (activities, personas, groups or criteria), each interned to a small index in
/// order of first use, with a flag for those in force. Undoing `add-activity` takes an activity out
/// of force but it keeps its index, so a redo brings its answers back.
package struct IDList: Sendable {
    private var interner = ByteInterner()
    /// One flag per interned id: only `add` interns, so the two stay the same length.
    private var inForce: [Bool] = []

    /// The ids given, all in force, indexed in this order (a repeated id keeps its first index).
    package init(_ ids: [String]) {
        for id in ids where interner.index(of: id) == nil {
            _ = interner.intern(id)
            inForce.append(true)
        }
    }

    package var count: Int { inForce.count }

    /// Every id ever added, by index.
    package var all: [String] { interner.strings }

    /// The indexes of the ids in force, in order.
    package var indexesInForce: [Int] { inForce.indices.filter { inForce[$0] } }

    package subscript(index: Int32) -> String { interner[index] }

    /// The index of an id ever added, in force or not.
    package func index(of id: String) -> Int32? {
        interner.index(of: id)
    }

    package func isInForce(_ index: Int32) -> Bool {
        inForce[Int(index)]
    }

    /// The index of the id `bytes` spell, if it is in force: replay's lookup, making no String.
    package mutating func indexInForce(_ bytes: UnsafeRawBufferPointer) -> Int32? {
        guard let index = interner.find(bytes), inForce[Int(index)] else { return nil }
        return index
    }

    /// Adds `id` in force, or puts back one taken out; `isNew` says which. Refused when the id is
    /// already in force, or when a `CellKey` could not hold one more index.
    package mutating func add(_ id: String, kind: String) throws(ReplayProblem) -> (index: Int32, isNew: Bool) {
        if let existing = interner.index(of: id) {
            guard !inForce[Int(existing)] else { throw .badValue(key: kind, value: id) }
            inForce[Int(existing)] = true
            return (existing, false)
        }
        guard CellKey.fits(Int32(count)) else { throw .tooMany(kind: kind, limit: Int(CellKey.fieldLimit)) }
        inForce.append(true)
        return (interner.intern(id), true)
    }

    /// Takes an added id out of force (undo) or puts it back (redo).
    package mutating func setInForce(_ index: Int32, _ flag: Bool) {
        inForce[Int(index)] = flag
    }
}

extension IDList {
    package func write(to writer: inout BinaryWriter) {
        interner.write(to: &writer)
        writer.bools(inForce)
    }

    package init(reading reader: inout BinaryReader) throws(BinaryReader.Invalid) {
        interner = try ByteInterner(reading: &reader)
        inForce = try reader.bools()
        guard inForce.count == interner.count else { throw BinaryReader.Invalid() }
    }
}
