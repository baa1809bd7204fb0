import Testing

@testable import WorkshopKit

extension StatisticsTests {
    /// Choosing a complete block from answers with gaps. Rows are units, columns raters; `x` an answer.
    struct CompleteBlockTests {
        static let x: Double? = 3

        @Test func completeDataKeepsEverything() {
            let units: [[Double?]] = [[1, 2, 3], [2, 2, 3], [5, 4, 4]]
            #expect(CompleteBlock.select(units) == ([0, 1, 2], [0, 1, 2]))
        }

        /// Rater 2 missed three of four units: with it 1 unit × 3 (too few units); without it 4 × 2 = 8.
        @Test func droppingASparseRaterGainsUnits() {
            let x = Self.x
            let units: [[Double?]] = [[x, x, nil], [x, x, nil], [x, x, nil], [x, x, x]]
            #expect(CompleteBlock.select(units) == ([0, 1, 2, 3], [0, 1]))
        }

        /// One gap: 4 units × 4 raters = 16 beats 5 × 3 = 15, so the unit goes, not the rater.
        @Test func oneGapDropsTheUnitNotTheRater() {
            let x = Self.x
            let units: [[Double?]] = [[x, x, x, x], [x, x, x, x], [x, x, x, x], [x, x, x, x], [x, x, x, nil]]
            #expect(CompleteBlock.select(units) == ([0, 1, 2, 3], [0, 1, 2, 3]))
        }

        /// 4 units × 3 raters and 6 × 2 are both 12: the one with more raters is kept.
        @Test func equalBlocksKeepMoreRaters() {
            let x = Self.x
            let units: [[Double?]] = [[x, x, x], [x, x, x], [x, x, x], [x, x, x], [x, x, nil], [x, x, nil]]
            #expect(CompleteBlock.select(units) == ([0, 1, 2, 3], [0, 1, 2]))
        }

        /// Raters 1 and 3 each miss two units; rater 1, the lower index, is dropped first: 4 × 3 = 12, and
        /// then 6 × 2 = 12 ties and loses on raters. Dropping rater 3 first would keep [0, 1, 2].
        @Test func equallySparseRatersDropTheLowerIndexFirst() {
            let x = Self.x
            let units: [[Double?]] = [
                [x, nil, x, x], [x, nil, x, x], [x, x, x, nil], [x, x, x, nil], [x, x, x, x], [x, x, x, x],
            ]
            #expect(CompleteBlock.select(units) == ([0, 1, 4, 5], [0, 2, 3]))
        }

        /// Units 6 and 7 have one answer each and can never be complete, so the gaps in them do not count:
        /// rater 2 (three gaps in play) goes, giving 5 × 2 = 10. Counting every gap, rater 1 (one gap in
        /// play, three with units 6 and 7) would tie with rater 2 and go as the lower index, leaving
        /// 3 × 2 = 6, no better than the 2 × 3 = 6 of all raters.
        @Test func unitsOutOfPlayDoNotCountAgainstARater() {
            let x = Self.x
            let units: [[Double?]] = [
                [x, x, nil], [x, x, x], [x, x, x], [x, nil, x], [x, x, nil], [x, x, nil], [nil, nil, x], [nil, nil, x],
            ]
            #expect(CompleteBlock.select(units) == ([0, 1, 2, 4, 5], [0, 1]))
        }

        @Test func shortRowsAreMissingAnswers() {
            let x = Self.x
            #expect(CompleteBlock.select([[x, x, x], [x, x], [x, x]]) == ([0, 1, 2], [0, 1]))
        }

        @Test func nothingWhenNoTwoByTwoBlockExists() {
            let x = Self.x
            #expect(CompleteBlock.select([]) == ([], []))
            #expect(CompleteBlock.select([[x], [x], [x]]) == ([], []))
            #expect(CompleteBlock.select([[x, x, x]]) == ([], []))
            #expect(CompleteBlock.select([[x, nil], [nil, x], [x, nil]]) == ([], []))
        }
    }
}
