/// Which of a fixed list of short literals some bytes spell, found without making a String: one
/// slot per length and first byte, a chain for the few literals that share a slot (in the list's
/// order), then a whole compare. The fast line reader's keys and the record kinds are both found
/// this way, from the one list each (`LineFields.Field.keyLiteral`, `RecordKind.row`), where a
/// hand-written switch per reader had to be kept in step with the list.
package struct ByteKeys<Value>: @unchecked Sendable {  // written only in init; the buffers live as long as the program
    private let literals: UnsafeMutablePointer<StaticString>
    private let values: UnsafeMutablePointer<Value>
    /// Per slot, one more than the index of its first literal, or 0 for none.
    private let slots: UnsafeMutablePointer<UInt8>
    /// Per literal, one more than the index of the next literal in its slot, or 0.
    private let next: UnsafeMutablePointer<UInt8>
    private static var slotCount: Int { 512 }

    /// For a static: the buffers are never freed.
    package init(_ rows: [(StaticString, Value)]) {
        precondition(rows.count < 255, "ByteKeys holds at most 254 literals")
        literals = .allocate(capacity: rows.count)
        literals.initialize(from: rows.map(\.0), count: rows.count)
        values = .allocate(capacity: rows.count)
        values.initialize(from: rows.map(\.1), count: rows.count)
        slots = .allocate(capacity: Self.slotCount)
        slots.initialize(repeating: 0, count: Self.slotCount)
        next = .allocate(capacity: rows.count)
        next.initialize(repeating: 0, count: rows.count)
        // Backwards, so each chain runs in the list's order: the commoner literal of a slot goes first.
        for (index, literal) in rows.map(\.0).enumerated().reversed() {
            let slot = Self.slot(count: literal.utf8CodeUnitCount, first: literal.utf8Start.pointee)
            next[index] = slots[slot]
            slots[slot] = UInt8(index + 1)
        }
    }

    @inline(__always)
    private static func slot(count: Int, first: UInt8) -> Int {
        (count & 15) << 5 | Int(first & 31)
    }

    /// The value of the literal `bytes` spell, or nil.
    @inline(__always)
    package func value(of bytes: UnsafeRawBufferPointer) -> Value? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        var row = Int(slots[Self.slot(count: bytes.count, first: base.load(as: UInt8.self))])
        while row != 0 {
            if Bytes.equal(bytes, literals[row - 1]) { return values[row - 1] }
            row = Int(next[row - 1])
        }
        return nil
    }
}
