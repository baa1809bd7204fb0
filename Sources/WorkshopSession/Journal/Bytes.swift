/// Small byte helpers for the journal's hot path.
package enum Bytes {
    /// Whether `bytes` equal a literal, compared inline: the keys and kinds are 2 to 12 bytes, where
    /// a call to memcmp costs more than the comparison.
    @inline(__always)
    package static func equal(_ bytes: UnsafeRawBufferPointer, _ literal: StaticString) -> Bool {
        guard bytes.count == literal.utf8CodeUnitCount, let base = bytes.baseAddress else {
            return bytes.isEmpty && literal.utf8CodeUnitCount == 0
        }
        let other = literal.utf8Start
        for index in 0..<bytes.count where base.load(fromByteOffset: index, as: UInt8.self) != other[index] {
            return false
        }
        return true
    }

    /// Whether two byte ranges are equal, compared inline.
    @inline(__always)
    package static func equal(_ a: UnsafeRawPointer, _ b: UnsafeRawPointer, count: Int) -> Bool {
        var index = 0
        while index + 8 <= count {
            if a.loadUnaligned(fromByteOffset: index, as: UInt64.self) != b.loadUnaligned(fromByteOffset: index, as: UInt64.self) {
                return false
            }
            index += 8
        }
        while index < count {
            if a.load(fromByteOffset: index, as: UInt8.self) != b.load(fromByteOffset: index, as: UInt8.self) { return false }
            index += 1
        }
        return true
    }
}
