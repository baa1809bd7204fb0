import WorkshopModel

/// Maps cell keys to cell indexes. Replay looks up a cell for every answer line.
///
/// Hand-written for speed: Swift's Dictionary hashes with SipHash, which measured as the largest
/// single cost of opening a large session; open addressing with a multiplicative hash is several
/// times cheaper and the table never shrinks.
package struct CellTable: Sendable {
    /// No `CellKey` packs to all ones (see `CellKey.fieldLimit`), so it marks an empty slot.
    private static let empty = UInt64.max
    private var keys: [UInt64] = Array(repeating: empty, count: 1024)
    private var values: [Int32] = Array(repeating: -1, count: 1024)
    package private(set) var count = 0

    /// The index stored for `key`, if any.
    package subscript(key: CellKey) -> Int32? {
        var slot = Self.slot(key.packed, keys.count)
        while true {
            let stored = keys[slot]
            if stored == key.packed { return values[slot] }
            if stored == Self.empty { return nil }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    /// Stores `value` for a key that is not in the table yet.
    package mutating func insert(_ key: CellKey, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        insert(packed: key.packed, value)
    }

    private mutating func insert(packed: UInt64, _ value: Int32) {
        var slot = Self.slot(packed, keys.count)
        while keys[slot] != Self.empty { slot = (slot + 1) & (keys.count - 1) }
        keys[slot] = packed
        values[slot] = value
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        count = 0
        for index in oldKeys.indices where oldKeys[index] != Self.empty {
            insert(packed: oldKeys[index], oldValues[index])
        }
    }

    private static func slot(_ packed: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> 32) & (capacity - 1)
    }
}
