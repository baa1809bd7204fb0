import WorkshopSupport

/// Where a bootstrap's random numbers start. Made from text (a session id, a cell's key) by FNV-1a
/// 64 over its UTF-8 bytes, never from `hashValue`, which Swift seeds afresh in every process: the
/// same journal then gives the same interval on every run and every machine.
public struct BootstrapSeed: Hashable, Sendable, Codable {
    public var value: UInt64

    public init(value: UInt64) {
        self.value = value
    }

    /// The seed named by `text`: FNV-1a 64 of its UTF-8 bytes.
    public init(_ text: String) {
        value = Self.fnv1a64(text)
    }

    /// An independent seed for the `index`th part of a larger computation (a cell of an activity, one
    /// side of a comparison), so that adding or removing a part leaves the others' intervals alone.
    public func derived(_ index: Int) -> BootstrapSeed {
        // One SplitMix64 step over the seed and the index: nearby indices give unrelated seeds, and
        // index 0 differs from the first number a generator seeded with this seed draws.
        var state = value ^ ((UInt64(truncatingIfNeeded: index) &+ 1) &* 0xD1B5_4A32_D192_ED03)
        return BootstrapSeed(value: SplitMix64.next(&state))
    }

    /// FNV-1a 64 (`FNV1a`) of `text`'s UTF-8 bytes.
    public static func fnv1a64(_ text: String) -> UInt64 {
        FNV1a.hash(text.utf8)
    }
}

/// Steele, Lea & Flood's SplitMix64 (2014): the generator Vigna recommends for filling xoshiro's
/// state from a single 64-bit seed.
package enum SplitMix64 {
    package static func next(_ state: inout UInt64) -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
