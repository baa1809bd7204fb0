/// FNV-1a, 64 bits (Fowler, Noll & Vo): offset basis 14695981039346656037, prime 1099511628211.
/// The project's one FNV: for short keys (interned ids), seeds (a bootstrap's) and ids that must be
/// the same wherever they are made (a merge's). Fed a byte at a time, or a sequence of bytes whole.
/// Inlinable: the interner hashes every id of every replayed line with it, from another module.
package struct FNV1a: Sendable {
    /// The hash of what was fed so far.
    package private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    @inlinable package init() {}

    @inlinable package mutating func feed(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inlinable package mutating func feed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes { feed(byte) }
    }

    /// The hash of `bytes`, fed whole.
    @inlinable package static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash = FNV1a()
        hash.feed(bytes)
        return hash.value
    }
}
