/// A `ContentHash` of a large byte range that can be worked out on every core: the range is cut
/// into chunks of `chunk` bytes (the last may be shorter), each hashed alone, and the result is
/// the hash of their hashes in order. A checkpoint's payload is tens of megabytes hashed on every
/// command; on one core the hash was a fifth of a `score` at a million answers.
package struct ChunkedHash {
    package static let chunk = 4 << 20
    private var finished: [UInt64] = []

    package init() {}
    private var current = ContentHash()
    private var inCurrent = 0

    /// Takes `bytes`, a whole number of `ContentHash` blocks, written in order.
    package mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        var rest = bytes
        while !rest.isEmpty {
            let take = min(rest.count, Self.chunk - inCurrent)
            current.feed(UnsafeRawBufferPointer(rebasing: rest[0..<take]))
            inCurrent += take
            rest = UnsafeRawBufferPointer(rebasing: rest[take...])
            if inCurrent == Self.chunk {
                finished.append(current.finish(UnsafeRawBufferPointer(start: nil, count: 0)))
                (current, inCurrent) = (ContentHash(), 0)
            }
        }
    }

    /// The hash of everything fed and then `tail`, fewer bytes than a block.
    package func finish(_ tail: UnsafeRawBufferPointer) -> UInt64 {
        var hashes = finished
        if inCurrent > 0 || !tail.isEmpty || hashes.isEmpty { hashes.append(current.finish(tail)) }
        return Self.combined(hashes)
    }

    /// How many chunks `count` bytes make (at least one, for none).
    package static func chunks(in count: Int) -> Int {
        max(1, (count + chunk - 1) / chunk)
    }

    package static func hash(ofChunk index: Int, in bytes: UnsafeRawBufferPointer) -> UInt64 {
        ContentHash.of(UnsafeRawBufferPointer(rebasing: bytes[index * chunk..<min(bytes.count, (index + 1) * chunk)]))
    }

    /// The hash of the chunks' hashes, in order.
    package static func combined(_ hashes: [UInt64]) -> UInt64 {
        hashes.map(\.littleEndian).withUnsafeBytes { ContentHash.of($0) }
    }

    /// The same hash of `bytes` read whole, its chunks on every core.
    package static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        nonisolated(unsafe) let shared = bytes
        return combined(ParallelMap.map(chunks(in: bytes.count)) { hash(ofChunk: $0, in: shared) })
    }
}
