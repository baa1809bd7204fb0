/// Builds a binary record: little-endian fixed-width numbers, length-prefixed strings and arrays.
/// The checkpoint beside a journal is written with it; `BinaryReader` reads it back.
///
/// Made with a `sink`, it hands its bytes on a megabyte at a time (whole `ContentHash` blocks)
/// rather than holding them all: a checkpoint of a million answers is 45 MB, which held whole, and
/// grown by doubling, was most of a first command's peak memory.
package struct BinaryWriter {
    /// What is written and not yet handed to the sink (all of it, without one).
    package private(set) var bytes: [UInt8] = []
    private let sink: ((UnsafeRawBufferPointer) -> Bool)?
    /// Bytes handed to the sink so far.
    package private(set) var handedOn = 0
    /// False once the sink refused a piece; what follows is dropped.
    package private(set) var sinkAccepted = true
    private static let spill = 1 << 20

    package init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        sink = nil
    }

    package init(sink: @escaping (UnsafeRawBufferPointer) -> Bool) {
        bytes.reserveCapacity(Self.spill + 4096)
        self.sink = sink
    }

    /// How many bytes were written in all.
    package var count: Int { handedOn + bytes.count }

    package mutating func int<T: FixedWidthInteger>(_ value: T) {
        withUnsafeBytes(of: value.littleEndian) { append($0) }
    }

    package mutating func bool(_ value: Bool) {
        int(UInt8(value ? 1 : 0))
    }

    package mutating func double(_ value: Double) {
        int(value.bitPattern)
    }

    package mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(UInt32(utf8.count))
            append(UnsafeRawBufferPointer(utf8))
        }
    }

    package mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    package mutating func strings(_ values: [String]) {
        int(UInt32(values.count))
        for value in values { string(value) }
    }

    /// An array of numbers as one block: a million entries' worth is copied, not looped over.
    package mutating func ints<T: FixedWidthInteger>(_ values: [T]) {
        int(UInt64(values.count))
        #if _endian(little)
        values.withUnsafeBytes { append($0) }
        #else
        for value in values { int(value) }
        #endif
    }

    package mutating func bools(_ values: [Bool]) {
        ints(values.map { $0 ? UInt8(1) : 0 })
    }

    private mutating func append(_ raw: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: raw)
        if sink != nil, bytes.count >= Self.spill { handOn(wholeBlocksOnly: true) }
    }

    /// Hands on what is held: only whole `ContentHash` blocks unless this is the end.
    package mutating func handOn(wholeBlocksOnly: Bool = false) {
        guard let sink else { return }
        let count = wholeBlocksOnly ? bytes.count - bytes.count % ContentHash.block : bytes.count
        if sinkAccepted {
            sinkAccepted = bytes.withUnsafeBytes { sink(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        handedOn += count
        bytes.removeFirst(count)
    }
}
