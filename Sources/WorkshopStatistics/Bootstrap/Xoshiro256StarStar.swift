/// xoshiro256** (Blackman & Vigna 2018, "Scrambled linear pseudorandom number generators"), its
/// state filled from a `BootstrapSeed` by SplitMix64. A value type: copying it copies the stream,
/// so a function handed a seed is pure.
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable {
    private var s0, s1, s2, s3: UInt64

    public init(seed: BootstrapSeed) {
        var state = seed.value
        s0 = SplitMix64.next(&state)
        s1 = SplitMix64.next(&state)
        s2 = SplitMix64.next(&state)
        s3 = SplitMix64.next(&state)
        // SplitMix64 never returns four zeros in a row, the one state xoshiro cannot leave.
    }

    /// A raw state, for checking the published reference outputs.
    package init(state s0: UInt64, _ s1: UInt64, _ s2: UInt64, _ s3: UInt64) {
        (self.s0, self.s1, self.s2, self.s3) = (s0, s1, s2, s3)
    }

    public mutating func next() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    /// A uniform double in [0, 1) with 53 random bits.
    @inline(__always)
    package mutating func unit() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    @inline(__always)
    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
