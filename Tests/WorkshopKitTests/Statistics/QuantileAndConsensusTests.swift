import Testing
@testable import WorkshopKit

/// R's default quantile (type 7; Hyndman, R. J. and Fan, Y. (1996) "Sample quantiles in statistical
/// packages", The American Statistician 50(4)). In R, `quantile(1:10)` prints 1, 3.25, 5.5, 7.75, 10;
/// numpy's documentation gives `np.percentile([[10, 7, 4], [3, 2, 1]], 50)` = 3.5 (its default,
/// "linear", is type 7).
struct QuantileTests {
    @Test func matchesRsQuantileOfOneToTen() {
        let values = (1...10).map(Double.init)
        #expect([0, 0.25, 0.5, 0.75, 1].map { Quantile.type7(sorted: values, $0) } == [1, 3.25, 5.5, 7.75, 10])
    }

    @Test func matchesNumpysDocumentedMedian() {
        #expect(Quantile.type7(sorted: [1, 2, 3, 4, 7, 10], 0.5) == 3.5)
    }

    @Test func edgeCases() {
        #expect(Quantile.type7(sorted: [], 0.5) == nil)
        #expect(Quantile.type7(sorted: [7], 0.25) == 7)
        #expect(Quantile.type7(sorted: [2, 4, 4, 5], 0.25) == 3.5)
        #expect(Quantile.type7(sorted: [4, 4, 4], 0.75) == 4)
    }
}

/// Tastle, W. J. and Wierman, M. J. (2007) "Consensus and dissention: A measure of ordinal
/// dispersion", International Journal of Approximate Reasoning 45(3), 531-545. By construction
/// consensus is 1 when every answer is the same and 0 for an even split between the extremes.
struct ConsensusTests {
    static let fivePoints: [Double] = [1, 2, 3, 4, 5]

    func consensus(_ counts: [Int]) -> Double? {
        Consensus.tastleWierman(counts: counts, values: Self.fivePoints, width: 4)
    }

    @Test func allTheSameIsOneAndASplitBetweenExtremesIsZero() {
        #expect(consensus([0, 0, 7, 0, 0]) == 1)
        #expect(consensus([3, 0, 0, 0, 0]) == 1)
        #expect(abs((consensus([5, 0, 0, 0, 5]) ?? 1)) < 1e-12)
    }

    @Test func uniformOverFivePoints() throws {
        // 1 + 0.2·(2·log2(0.5) + 2·log2(0.75)) = 0.4339850...
        let value = try #require(consensus([1, 1, 1, 1, 1]))
        #expect(abs(value - 0.433985) < 1e-6)
    }

    @Test func closerAnswersMeanMoreConsensus() throws {
        let adjacent = try #require(consensus([0, 0, 5, 5, 0]))
        let apart = try #require(consensus([0, 5, 0, 5, 0]))
        #expect(adjacent > apart)
        #expect(adjacent < 1)
    }

    /// The R package agrmt documents consensus(c(30,40,210,130,530,50,10)) = 0.7256876 (7 points).
    @Test func matchesAgrmtsDocumentedValue() throws {
        let value = try #require(Consensus.tastleWierman(
            counts: [30, 40, 210, 130, 530, 50, 10], values: [1, 2, 3, 4, 5, 6, 7], width: 6))
        #expect(abs(value - 0.7256876) < 1e-7)
    }

    /// The distribution of the paper's own example (p. 537): 19, 16, 26, 29, 10 gives 0.518414.
    @Test func thePapersExampleDistribution() throws {
        #expect(abs((consensus([19, 16, 26, 29, 10]) ?? 0) - 0.518414) < 1e-6)
    }

    @Test func noAnswersOrNoScaleIsNil() {
        #expect(consensus([0, 0, 0, 0, 0]) == nil)
        #expect(Consensus.tastleWierman(counts: [3], values: [1], width: 0) == nil)
    }
}
