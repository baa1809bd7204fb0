/// Maps packed cell keys to cell indexes. Replay looks up a cell for every answer line.
///
/// Hand-written for speed: Swift's Dictionary hashes UInt64 keys with SipHash, which measured as the
/// largest single cost of opening a large session; open addressing with a multiplicative hash is
/// several times cheaper and the table never shrinks.
struct CellTable: Sendable {
    private var keys: [UInt64] = Array(repeating: .max, count: 1024)
    private var values: [Int32] = Array(repeating: -1, count: 1024)
    private(set) var count = 0

    /// The index stored for `key`, if any.
    subscript(key: UInt64) -> Int32? {
        var slot = Self.slot(key, keys.count)
        while true {
            let stored = keys[slot]
            if stored == key { return values[slot] }
            if stored == .max { return nil }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    /// Stores `value` for a key that is not in the table yet.
    mutating func insert(_ key: UInt64, _ value: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Self.slot(key, keys.count)
        while keys[slot] != .max { slot = (slot + 1) & (keys.count - 1) }
        keys[slot] = key
        values[slot] = value
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = Array(repeating: .max, count: oldKeys.count * 2)
        values = Array(repeating: -1, count: oldKeys.count * 2)
        count = 0
        for index in oldKeys.indices where oldKeys[index] != .max { insert(oldKeys[index], oldValues[index]) }
    }

    private static func slot(_ key: UInt64, _ capacity: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & (capacity - 1)
    }

    // The typed form `CellHistory` uses; the packed one goes once `SessionState` reads through it.
    subscript(key: CellKey) -> Int32? { self[key.packed] }

    mutating func insert(_ key: CellKey, _ value: Int32) { insert(key.packed, value) }
}
