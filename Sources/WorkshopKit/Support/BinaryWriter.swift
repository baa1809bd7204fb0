/// Builds a binary record: little-endian fixed-width numbers, length-prefixed strings and arrays.
/// The checkpoint beside a journal is written with it; `BinaryReader` reads it back.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func int<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func double(_ value: Double) {
        int(value.bitPattern)
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(UInt32(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        int(UInt32(values.count))
        for value in values { string(value) }
    }

    /// An array of numbers as one block: a million entries' worth is copied, not looped over.
    mutating func ints<T: FixedWidthInteger>(_ values: [T]) {
        int(UInt64(values.count))
        #if _endian(little)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for value in values { int(value) }
        #endif
    }

    mutating func bools(_ values: [Bool]) {
        ints(values.map { $0 ? UInt8(1) : 0 })
    }
}
