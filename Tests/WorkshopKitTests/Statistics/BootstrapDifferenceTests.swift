import Testing
@testable import WorkshopKit

/// The interval of a difference of two medians (the same cell at two meetings): it excludes zero
/// when the two samples clearly differ, includes it when they are the same, and needs two answers a
/// side.
struct BootstrapDifferenceTests {
    static let fivePoints: [Double] = [1, 2, 3, 4, 5]

    @Test func clearlyDifferentSamplesExcludeZero() throws {
        let interval = try #require(MedianBootstrap.difference(
            [0, 1, 3, 12, 24], minus: [20, 12, 6, 1, 1], levels: Self.fivePoints, seed: BootstrapSeed("shift")))
        #expect(interval.excludesZero)
        #expect(interval.lower > 0, "\(interval)")
        // The medians are 5 and 2.
        #expect(interval.contains(3))
    }

    @Test func theOtherWayRoundIsNegative() throws {
        let interval = try #require(MedianBootstrap.difference(
            [20, 12, 6, 1, 1], minus: [0, 1, 3, 12, 24], levels: Self.fivePoints, seed: BootstrapSeed("shift")))
        #expect(interval.excludesZero)
        #expect(interval.upper < 0, "\(interval)")
    }

    @Test(arguments: [[5, 8, 10, 8, 5], [0, 0, 9, 0, 0], [1, 0, 0, 0, 1], [2, 7, 1, 0, 6]])
    func identicalSamplesIncludeZero(_ counts: [Int]) throws {
        let interval = try #require(MedianBootstrap.difference(
            counts, minus: counts, levels: Self.fivePoints, seed: BootstrapSeed("same")))
        #expect(interval.contains(0), "\(interval)")
        #expect(!interval.excludesZero)
    }

    @Test func sidesAreResampledIndependently() throws {
        // Were both sides drawn from one stream position, identical samples would always differ by 0.
        let interval = try #require(MedianBootstrap.difference(
            [5, 8, 10, 8, 5], minus: [5, 8, 10, 8, 5], levels: Self.fivePoints, seed: BootstrapSeed("independent")))
        #expect(interval.width > 0)
    }

    @Test func deterministicPerSeed() {
        let a = [3, 6, 9, 4, 1], b = [1, 4, 9, 6, 3]
        let first = MedianBootstrap.difference(a, minus: b, levels: Self.fivePoints, seed: BootstrapSeed("x"))
        #expect(first != nil)
        #expect(first == MedianBootstrap.difference(a, minus: b, levels: Self.fivePoints, seed: BootstrapSeed("x")))
    }

    @Test func needsTwoAnswersASide() {
        let difference = { (a: [Int], b: [Int]) in
            MedianBootstrap.difference(a, minus: b, levels: Self.fivePoints, seed: BootstrapSeed("few"))
        }
        #expect(difference([0, 1, 0, 0, 0], [3, 3, 3, 3, 3]) == nil)
        #expect(difference([3, 3, 3, 3, 3], [0, 0, 0, 0, 0]) == nil)
        #expect(difference([0, 1, 0, 1, 0], [1, 0, 0, 0, 1]) != nil)
    }

    @Test func excludesZeroAtTheEdges() {
        #expect(BootstrapInterval(lower: 0.5, upper: 2).excludesZero)
        #expect(BootstrapInterval(lower: -2, upper: -0.5).excludesZero)
        #expect(!BootstrapInterval(lower: 0, upper: 2).excludesZero)
        #expect(!BootstrapInterval(lower: -1, upper: 0).excludesZero)
        #expect(!BootstrapInterval(lower: 0, upper: 0).excludesZero)
    }
}
