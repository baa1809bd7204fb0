import Testing

@testable import WorkshopKit

extension StatisticsTests {
    /// Kendall's W against published examples, with and without ties.
    struct KendallWTests {
        /// R irr's `anxiety` data, as DescTools' `KendallW` examples spell it out: 3 raters (rows here)
        /// rate 20 subjects 1-6, with many ties.
        static let raters: [[Double]] = [
            [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3],
            [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4],
            [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2],
        ]

        /// Subjects × raters, as `compute` takes them.
        static var anxiety: [[Double]] { (0..<20).map { subject in raters.map { $0[subject] } } }

        /// Corrected: DescTools' `KendallW(anxiety, TRUE, test = TRUE)` documentation prints W = 0.5396569,
        /// Kendall chi-squared = 30.76, df = 19, p-value = 0.04288 (irr's `kendall(anxiety, TRUE)`, which it
        /// reproduces; pyirr's test of its port checks 0.54, 30.8, 0.0429).
        @Test func anxietyWithTheTieCorrection() throws {
            let result = try KendallW.compute(ratings: Self.anxiety).get()
            #expect(abs(result.w - 0.5396569) < 5e-8, "\(result.w)")
            #expect(abs(result.chiSquare - 30.76) < 0.005, "\(result.chiSquare)")
            #expect(result.degreesOfFreedom == 19)
            #expect(abs(result.pValue - 0.04288) < 5e-6, "\(result.pValue)")
            #expect(result.objects == 20 && result.judges == 3 && result.tieCorrected)
        }

        /// Uncorrected: jasp-stats/jaspReliability's test "Uncorrected Kendall's W on tied data matches irr"
        /// (tests/testthat/test-raterAgreement.R) gives irr's `kendall(anxiety)` as W = 0.501921470342523,
        /// chi-squared 28.6095238095238 on 19 df, p = 0.0723803546937571.
        @Test func anxietyWithoutTheTieCorrection() throws {
            let result = try KendallW.compute(ratings: Self.anxiety, correctingTies: false).get()
            #expect(abs(result.w - 0.501921470342523) < 1e-12, "\(result.w)")
            #expect(abs(result.chiSquare - 28.6095238095238) < 1e-10, "\(result.chiSquare)")
            #expect(abs(result.pValue - 0.0723803546937571) < 1e-10, "\(result.pValue)")
            #expect(!result.tieCorrected)
        }

        /// NAG Library, G08DAF example program results: 3 comparisons of 10 objects with tied scores give
        /// "Kendall's coefficient = 0.828, Significance = 0.008" (tie-corrected, chi-square for n > 7).
        @Test func nagExampleWithTies() throws {
            let comparisons: [[Double]] = [
                [1.0, 4.5, 2.0, 4.5, 3.0, 7.5, 6.0, 9.0, 7.5, 10.0],
                [2.5, 1.0, 2.5, 4.5, 4.5, 8.0, 9.0, 6.5, 10.0, 6.5],
                [2.0, 1.0, 4.5, 4.5, 4.5, 4.5, 8.0, 8.0, 8.0, 10.0],
            ]
            let ratings = (0..<10).map { object in comparisons.map { $0[object] } }
            let result = try KendallW.compute(ratings: ratings).get()
            #expect(abs(result.w - 0.828) < 0.0005, "\(result.w)")
            #expect(abs(result.pValue - 0.008) < 0.0005, "\(result.pValue)")
        }

        /// Siegel & Castellan (1988), as DescTools' `KendallW` documentation gives it: 3 judges rank 8
        /// attributes without ties; W = 0.6560847, chi-squared = 13.778, df = 7, p-value = 0.05528.
        /// By hand: rank sums 10, 18, 14, 6, 7, 16, 13, 24 around a mean of 13.5 give S = 248, and
        /// W = 12 · 248 / (3² · (8³ − 8)) = 2976 / 4536 = 0.656085.
        @Test func siegelAndCastellanWithoutTies() throws {
            let judges: [[Double]] = [[5, 6, 7, 1, 2, 4, 3, 8], [1, 7, 6, 2, 3, 5, 4, 8], [4, 5, 1, 3, 2, 7, 6, 8]]
            let ratings = (0..<8).map { attribute in judges.map { $0[attribute] } }
            let corrected = try KendallW.compute(ratings: ratings).get()
            let uncorrected = try KendallW.compute(ratings: ratings, correctingTies: false).get()
            #expect(abs(corrected.w - 2976.0 / 4536) < 1e-12)
            #expect(abs(corrected.w - 0.6560847) < 5e-8)
            #expect(abs(corrected.chiSquare - 13.778) < 0.0005)
            #expect(abs(corrected.pValue - 0.05528) < 5e-6)
            #expect(corrected.w == uncorrected.w)
        }

        /// R: `rank(c(3, 1, 3, 2, 3))` is 4 1 4 2 4; one group of three ties adds 3³ − 3 = 24.
        @Test func midranks() {
            let (ranks, tieTerm) = Midranks.of([3, 1, 3, 2, 3])
            #expect(ranks == [4, 1, 4, 2, 4])
            #expect(tieTerm == 24)
        }

        @Test func judgesWhoAgreeGiveOneAndReversedPairGivesZero() throws {
            #expect(try KendallW.compute(ratings: [[1, 1, 1], [2, 2, 2], [3, 3, 3]]).get().w == 1)
            #expect(try KendallW.compute(ratings: [[1, 3], [2, 2], [3, 1]]).get().w == 0)
        }

        @Test func refusals() throws {
            #expect(KendallW.compute(ratings: [[1, 2, 3]]) == .failure(.fewerThanTwoUnits(1)))
            #expect(KendallW.compute(ratings: [[1], [2], [3]]) == .failure(.fewerThanTwoRaters(1)))
            #expect(KendallW.compute(ratings: [[1, 2], [2]]) == .failure(.unequalRow(unit: 1, values: 1, expected: 2)))
            #expect(KendallW.compute(ratings: [[1, 2], [2, .nan]]) == .failure(.notFinite(unit: 1, rater: 1)))
            #expect(KendallW.compute(ratings: [[4, 2], [4, 2], [4, 2]]) == .failure(.everyValueTied))
            #expect(KendallW.compute(ratings: [[4, 2], [4, 2]], correctingTies: false) == .failure(.everyValueTied))
            // One judge tying everything is no refusal while another ranks.
            #expect(try KendallW.compute(ratings: [[4, 1], [4, 2], [4, 3]]).get().w > 0)
        }
    }
}
