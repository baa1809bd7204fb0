/// Reads what `BinaryWriter` wrote, checking every length against the bytes that are there: a
/// damaged or cut-short record is refused with `Invalid`, never read past its end.
package struct BinaryReader {
    package struct Invalid: Error {
        package init() {}
    }

    private let bytes: UnsafeRawBufferPointer
    package private(set) var offset: Int

    package init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    package var isAtEnd: Bool { offset == bytes.count }

    private mutating func take(_ count: Int) throws(Invalid) -> UnsafeRawBufferPointer {
        guard count >= 0, count <= bytes.count - offset else { throw Invalid() }
        defer { offset += count }
        return UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count])
    }

    package mutating func int<T: FixedWidthInteger>(_: T.Type = T.self) throws(Invalid) -> T {
        let raw = try take(MemoryLayout<T>.size)
        return T(littleEndian: raw.loadUnaligned(as: T.self))
    }

    package mutating func bool() throws(Invalid) -> Bool {
        switch try int(UInt8.self) {
        case 0: return false
        case 1: return true
        default: throw Invalid()
        }
    }

    package mutating func double() throws(Invalid) -> Double {
        Double(bitPattern: try int(UInt64.self))
    }

    package mutating func string() throws(Invalid) -> String {
        let count = Int(try int(UInt32.self))
        // Decoded, not validated: the record's hash already vouches for its bytes, and validating
        // was a tenth of reading a checkpoint. A bad byte would only show as U+FFFD.
        return String(decoding: try take(count), as: UTF8.self)
    }

    package mutating func optional() throws(Invalid) -> String? {
        try bool() ? try string() : nil
    }

    package mutating func strings() throws(Invalid) -> [String] {
        let count = Int(try int(UInt32.self))
        guard count <= bytes.count - offset else { throw Invalid() }
        var result: [String] = []
        result.reserveCapacity(count)
        for _ in 0..<count { result.append(try string()) }
        return result
    }

    /// An array of numbers written as one block, left where it is: the bytes, to read in place.
    package mutating func block<T: FixedWidthInteger>(_: T.Type) throws(Invalid) -> UnsafeRawBufferPointer {
        let count = try int(UInt64.self)
        guard count <= UInt64(bytes.count - offset) / UInt64(MemoryLayout<T>.size) else { throw Invalid() }
        return try take(Int(count) * MemoryLayout<T>.size)
    }

    /// An array of numbers written as one block, copied out in one step.
    package mutating func ints<T: FixedWidthInteger>(_: T.Type = T.self) throws(Invalid) -> [T] {
        let count = try int(UInt64.self)
        let size = MemoryLayout<T>.size
        guard count <= UInt64(bytes.count - offset) / UInt64(size) else { throw Invalid() }
        let raw = try take(Int(count) * size)
        #if _endian(little)
        return [T](unsafeUninitializedCapacity: Int(count)) { buffer, initialized in
            if let base = raw.baseAddress, count > 0 {
                UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(start: base, count: raw.count))
            }
            initialized = Int(count)
        }
        #else
        return (0..<Int(count)).map { T(littleEndian: raw.loadUnaligned(fromByteOffset: $0 * size, as: T.self)) }
        #endif
    }

    package mutating func bools() throws(Invalid) -> [Bool] {
        let raw = try ints(UInt8.self)
        guard raw.allSatisfy({ $0 <= 1 }) else { throw Invalid() }
        return raw.map { $0 == 1 }
    }
}
