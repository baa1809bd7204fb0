import Testing
@testable import WorkshopKit

/// Intervals that are a function of the answers alone: the same values in another order of units
/// (activities added in another order) or of raters (groups that joined in another order) give the
/// same seed and the same interval.
struct BootstrapSeedContentTests {
    static let units: [[Double?]] = [
        [1, 2, 2, nil], [3, 3, 4, 4], [5, nil, 4, 5], [2, 2, nil, 1], [4, 5, 5, 3], [1, 1, 2, 2], [3, nil, nil, 3],
    ]

    /// The same data with units and raters shuffled by a seeded permutation.
    static func shuffled(_ seed: UInt64) -> [[Double?]] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var raters = Array(0..<4)
        for i in raters.indices.reversed() { raters.swapAt(i, next(i + 1)) }
        var rows = units.map { unit in raters.map { unit[$0] } }
        for i in rows.indices.reversed() { rows.swapAt(i, next(i + 1)) }
        return rows
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func alphasIntervalIgnoresTheOrderOfUnitsAndRaters(seed: UInt64) throws {
        func interval(_ units: [[Double?]]) -> BootstrapInterval? {
            let canonical = KrippendorffAlpha.canonical(units)
            return KrippendorffAlpha.bootstrap(units: canonical, metric: .interval,
                                               seed: .alpha(units: units, metric: .interval))?.interval
        }
        let expected = try #require(interval(Self.units))
        #expect(interval(Self.shuffled(seed)) == expected)
        #expect(BootstrapSeed.alpha(units: Self.shuffled(seed), metric: .interval) == .alpha(units: Self.units, metric: .interval))
        #expect(BootstrapSeed.alpha(units: Self.units, metric: .ordinal) != .alpha(units: Self.units, metric: .interval))
    }

    @Test func aStandingsSeedIsItsCountsNotItsPlace() {
        let cells = [StandingBootstrap.Cell(persona: 0, personaWeight: 1, criterionWeight: 1, counts: [0, 1, 2, 1, 0])]
        let other = [StandingBootstrap.Cell(persona: 0, personaWeight: 1, criterionWeight: 1, counts: [0, 1, 2, 0, 1])]
        #expect(BootstrapSeed.standing(cells, levels: [1, 2, 3, 4, 5]) == .standing(cells, levels: [1, 2, 3, 4, 5]))
        #expect(BootstrapSeed.standing(cells, levels: [1, 2, 3, 4, 5]) != .standing(other, levels: [1, 2, 3, 4, 5]))
        #expect(BootstrapSeed.change([1, 2], minus: [2, 1], levels: [1, 2]) != .change([2, 1], minus: [1, 2], levels: [1, 2]))
    }
}
