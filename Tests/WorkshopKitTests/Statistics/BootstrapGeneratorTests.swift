import Testing
@testable import WorkshopKit

/// The seed and the generator against their published reference values: FNV-1a 64 test vectors
/// (Fowler, Noll & Vo, "FNV hash" test suite: "" → cbf29ce484222325, "a" → af63dc4c8601ec8c,
/// "foobar" → 85944171f73967e8); SplitMix64's first output from state 0 (e220a8397b1dcdaf, as in
/// Vigna's splitmix64.c and every port); xoshiro256** from state (1, 2, 3, 4): 11520, 0, 1509978240,
/// 1215971899390074240 (the reference test of Rust's rand_xoshiro, from Vigna's C code).
struct BootstrapGeneratorTests {
    @Test(arguments: [
        ("", 0xCBF2_9CE4_8422_2325 as UInt64),
        ("a", 0xAF63_DC4C_8601_EC8C),
        ("foobar", 0x8594_4171_F739_67E8),
    ])
    func fnv1aMatchesTheReferenceVectors(_ text: String, _ expected: UInt64) {
        #expect(BootstrapSeed.fnv1a64(text) == expected)
        #expect(BootstrapSeed(text).value == expected)
    }

    @Test func splitMix64MatchesTheReference() {
        var state: UInt64 = 0
        #expect(SplitMix64.next(&state) == 0xE220_A839_7B1D_CDAF)
        #expect(SplitMix64.next(&state) == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func xoshiroMatchesTheReference() {
        var generator = Xoshiro256StarStar(state: 1, 2, 3, 4)
        #expect((0..<4).map { _ in generator.next() } == [11520, 0, 1_509_978_240, 1_215_971_899_390_074_240])
    }

    @Test func theSameTextGivesTheSameStream() {
        var first = Xoshiro256StarStar(seed: BootstrapSeed("stirling-2024"))
        var second = Xoshiro256StarStar(seed: BootstrapSeed("stirling-2024"))
        var other = Xoshiro256StarStar(seed: BootstrapSeed("stirling-2025"))
        let a = (0..<8).map { _ in first.next() }
        #expect(a == (0..<8).map { _ in second.next() })
        #expect(a != (0..<8).map { _ in other.next() })
    }

    @Test func derivedSeedsAreStableAndDistinct() {
        let seed = BootstrapSeed("session")
        let derived = (0..<100).map { seed.derived($0).value }
        #expect(Set(derived).count == 100)
        #expect(!derived.contains(seed.value))
        #expect(seed.derived(3) == BootstrapSeed("session").derived(3))
        #expect(seed.derived(3).derived(0) != seed.derived(0).derived(3))
    }

    @Test func unitsFallInTheHalfOpenInterval() {
        var generator = Xoshiro256StarStar(seed: BootstrapSeed("units"))
        let draws = (0..<100_000).map { _ in generator.unit() }
        #expect(draws.allSatisfy { $0 >= 0 && $0 < 1 })
        // Mean 1/2, standard error 1/√(12·100000) ≈ 0.0009.
        #expect(abs(draws.reduce(0, +) / Double(draws.count) - 0.5) < 0.005)
    }
}
