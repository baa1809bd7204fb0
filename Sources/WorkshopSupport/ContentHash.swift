/// A 64-bit hash of a byte range that tells a damaged or changed checkpoint, or journal tail, from
/// the one recorded. Not cryptographic: it guards against accidents (a cut-short copy, a flipped
/// byte, an edited journal), not against someone forging a file.
///
/// Hand-written because FNV-1a, which the project uses for short keys, takes one dependent multiply
/// per byte, and a checkpoint is tens of megabytes read on every command. Four independent lanes of
/// 8-byte words let the processor overlap the multiplications. It can be fed a piece at a time
/// (`feed`, then `finish`), as a checkpoint is while it is written, with the same result as `of`.
package struct ContentHash {
    /// Bytes `feed` takes at a time: it takes only whole blocks.
    package static let block = 32
    private static let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344,
                                                           0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89)
    private var count = 0

    package static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash = ContentHash()
        let whole = bytes.count - bytes.count % block
        hash.feed(UnsafeRawBufferPointer(rebasing: bytes[0..<whole]))
        return hash.finish(UnsafeRawBufferPointer(rebasing: bytes[whole...]))
    }

    /// Takes `bytes`, a whole number of blocks.
    package mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        precondition(bytes.count % Self.block == 0, "whole blocks only")
        count += bytes.count
        guard let base = bytes.baseAddress else { return }
        let prime = Self.prime
        var index = 0
        while index + 32 <= bytes.count {
            lanes.0 = Self.mix((lanes.0 ^ base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* prime)
            lanes.1 = Self.mix((lanes.1 ^ base.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)) &* prime)
            lanes.2 = Self.mix((lanes.2 ^ base.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)) &* prime)
            lanes.3 = Self.mix((lanes.3 ^ base.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)) &* prime)
            index += 32
        }
    }

    /// The hash of everything fed and then `tail`, fewer bytes than a block.
    package func finish(_ tail: UnsafeRawBufferPointer) -> UInt64 {
        precondition(tail.count < Self.block, "the tail is less than a block")
        let prime = Self.prime
        var hash = lanes.0 ^ (lanes.1 &* 3) ^ (lanes.2 &* 5) ^ (lanes.3 &* 7) ^ UInt64(count + tail.count)
        for byte in tail {
            hash = Self.mix((hash ^ UInt64(byte)) &* prime)
        }
        return Self.mix(hash &* prime)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        value ^ (value >> 29)
    }
}
