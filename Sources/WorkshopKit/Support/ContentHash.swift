/// A 64-bit hash of a byte range that tells a damaged or changed checkpoint, or journal tail, from
/// the one recorded. Not cryptographic: it guards against accidents (a cut-short copy, a flipped
/// byte, an edited journal), not against someone forging a file.
///
/// Hand-written because FNV-1a, which the project uses for short keys, takes one dependent multiply
/// per byte, and a checkpoint is tens of megabytes read on every command. Four independent lanes of
/// 8-byte words let the processor overlap the multiplications.
enum ContentHash {
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x9E37_79B9_7F4A_7C15
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x243F_6A88_85A3_08D3, 0x1319_8A2E_0370_7344,
                                                       0xA409_3822_299F_31D0, 0x082E_FA98_EC4E_6C89)
        guard let base = bytes.baseAddress else { return mix(lanes.0 ^ UInt64(bytes.count)) }
        var index = 0
        while index + 32 <= bytes.count {
            lanes.0 = mix((lanes.0 ^ base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* prime)
            lanes.1 = mix((lanes.1 ^ base.loadUnaligned(fromByteOffset: index + 8, as: UInt64.self)) &* prime)
            lanes.2 = mix((lanes.2 ^ base.loadUnaligned(fromByteOffset: index + 16, as: UInt64.self)) &* prime)
            lanes.3 = mix((lanes.3 ^ base.loadUnaligned(fromByteOffset: index + 24, as: UInt64.self)) &* prime)
            index += 32
        }
        var hash = lanes.0 ^ (lanes.1 &* 3) ^ (lanes.2 &* 5) ^ (lanes.3 &* 7) ^ UInt64(bytes.count)
        while index < bytes.count {
            hash = mix((hash ^ UInt64(base.load(fromByteOffset: index, as: UInt8.self))) &* prime)
            index += 1
        }
        return mix(hash &* prime)
    }

    @inline(__always)
    private static func mix(_ value: UInt64) -> UInt64 {
        value ^ (value >> 29)
    }
}
