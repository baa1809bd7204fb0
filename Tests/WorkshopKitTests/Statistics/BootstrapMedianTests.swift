import Foundation
import Testing
@testable import WorkshopKit

/// The cell-median bootstrap: the median read from counts agrees with type 7 on the expanded
/// answers; a resampled median has exactly the distribution of the median of a resample with
/// replacement (checked against every multinomial outcome, enumerated); and the intervals are
/// deterministic, contain the median, narrow as answers grow, and handle the degenerate cells.
struct BootstrapMedianTests {
    static let fivePoints: [Double] = [1, 2, 3, 4, 5]

    @Test(arguments: [[3, 5, 8, 4, 2], [0, 1, 0, 1, 0], [10, 0, 0, 0, 11], [0, 0, 7, 0, 0], [1, 0, 0, 0, 0],
                      [2, 2, 2, 2, 2], [0, 4, 0, 0, 4]])
    func medianFromCountsIsType7(_ counts: [Int]) throws {
        let values = zip(counts, Self.fivePoints).flatMap { Array(repeating: $1, count: $0) }
        let cell = try #require(LevelCounts(counts: counts, levels: Self.fivePoints))
        #expect(cell.median == Quantile.type7(sorted: values, 0.5))
    }

    @Test(arguments: [[3, 5, 8, 4, 2], [1, 1, 1, 1, 1], [0, 3, 0, 0, 4], [6, 0, 1, 0, 0]])
    func resampledMedianHasTheExactDistribution(_ counts: [Int]) throws {
        let cell = try #require(LevelCounts(counts: counts, levels: Self.fivePoints))
        let exact = Self.exactResampledMedians(cell)
        var generator = Xoshiro256StarStar(seed: BootstrapSeed("exact \(counts)"))
        let draws = 200_000
        var observed: [Double: Int] = [:]
        for _ in 0..<draws { observed[cell.resampledMedian(using: &generator), default: 0] += 1 }
        #expect(Set(observed.keys).isSubset(of: Set(exact.keys)))
        for (median, probability) in exact where probability * Double(draws) >= 5 {
            let expected = probability * Double(draws)
            let difference = abs(Double(observed[median] ?? 0) - expected)
            // Five standard deviations of a binomial count.
            #expect(difference < 5 * (expected * (1 - probability)).squareRoot(), "median \(median)")
        }
    }

    @Test func sameSeedSameIntervalOtherSeedsOtherDraws() throws {
        let counts = [4, 9, 12, 7, 3]
        let first = MedianBootstrap.interval(counts: counts, levels: Self.fivePoints, seed: BootstrapSeed("a"))
        #expect(first != nil)
        #expect(first == MedianBootstrap.interval(counts: counts, levels: Self.fivePoints, seed: BootstrapSeed("a")))
        let cell = try #require(LevelCounts(counts: counts, levels: Self.fivePoints))
        let a = cell.replicateMedians(1000, seed: BootstrapSeed("a"))
        #expect(a != cell.replicateMedians(1000, seed: BootstrapSeed("b")))
    }

    @Test(arguments: [[4, 9, 12, 7, 3], [1, 1, 0, 0, 1], [0, 0, 3, 9, 30], [30, 1, 1, 1, 30], [1, 1, 0, 0, 0]])
    func intervalContainsTheMedian(_ counts: [Int]) throws {
        let interval = try #require(
            MedianBootstrap.interval(counts: counts, levels: Self.fivePoints, seed: BootstrapSeed("c")))
        let median = try #require(LevelCounts(counts: counts, levels: Self.fivePoints)?.median)
        #expect(interval.contains(median), "\(interval) vs \(median)")
    }

    @Test func intervalNarrowsAsAnswersGrow() throws {
        // Eleven points, 0 to 10, a spread-out cell copied 1, 4, 16 and 64 times.
        let levels = (0...10).map(Double.init)
        let shape = [1, 2, 3, 4, 5, 6, 5, 4, 3, 2, 1]
        let widths = try [1, 4, 16, 64].map { copies in
            let interval = MedianBootstrap.interval(
                counts: shape.map { $0 * copies }, levels: levels, seed: BootstrapSeed("n"))
            return try #require(interval).width
        }
        #expect(zip(widths, widths.dropFirst()).allSatisfy { $0 >= $1 }, "\(widths)")
        #expect(widths[3] < widths[0])
    }

    @Test func degenerateCells() {
        let seed = BootstrapSeed("d")
        #expect(MedianBootstrap.interval(counts: [0, 0, 12, 0, 0], levels: Self.fivePoints, seed: seed)
            == BootstrapInterval(lower: 3, upper: 3))
        #expect(MedianBootstrap.minimumValues == 2)
        #expect(MedianBootstrap.interval(counts: [0, 0, 0, 0, 0], levels: Self.fivePoints, seed: seed) == nil)
        #expect(MedianBootstrap.interval(counts: [0, 1, 0, 0, 0], levels: Self.fivePoints, seed: seed) == nil)
        #expect(MedianBootstrap.interval(counts: [0, 1, 0, 1, 0], levels: Self.fivePoints, seed: seed) != nil)
        #expect(MedianBootstrap.interval(counts: [1, 2, 3], levels: Self.fivePoints, seed: seed) == nil)
        #expect(MedianBootstrap.interval(counts: [1, -2, 3, 0, 0], levels: Self.fivePoints, seed: seed) == nil)
        #expect(MedianBootstrap.interval(counts: [3, 3, 0, 0, 0], levels: Self.fivePoints, replicates: 0, seed: seed)
            == nil)
    }

    /// Every multinomial outcome of resampling the cell, with its probability, by median.
    static func exactResampledMedians(_ cell: LevelCounts) -> [Double: Double] {
        let proportions = cell.counts.map { Double($0) / Double(cell.total) }
        var result: [Double: Double] = [:]
        func visit(_ level: Int, _ left: Int, _ outcome: [Int], _ logProbability: Double) {
            guard level < cell.counts.count - 1 else {
                let counts = outcome + [left]
                let last = left == 0 ? 0 : Double(left) * log(proportions[level])
                guard left == 0 || proportions[level] > 0,
                      let median = LevelCounts(counts: counts, levels: cell.levels)?.median else { return }
                result[median, default: 0] += exp(logProbability + last - lgamma(Double(left + 1)))
                return
            }
            for x in 0...left where x == 0 || proportions[level] > 0 {
                let term = (x == 0 ? 0 : Double(x) * log(proportions[level])) - lgamma(Double(x + 1))
                visit(level + 1, left - x, outcome + [x], logProbability + term)
            }
        }
        visit(0, cell.total, [], lgamma(Double(cell.total + 1)))
        return result
    }
}
