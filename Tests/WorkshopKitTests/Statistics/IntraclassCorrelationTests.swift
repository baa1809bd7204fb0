import Testing

@testable import WorkshopKit

extension StatisticsTests {
    /// The six intraclass correlations against Shrout & Fleiss (1979).
    struct IntraclassCorrelationTests {
        /// Shrout & Fleiss (1979)'s worked example: 6 targets (rows) rated by 4 judges (columns); the same
        /// matrix is `sf` in the examples of R psych's `ICC` and DescTools' `icc`.
        static let example: [[Double]] = [
            [9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7],
        ]

        /// The paper prints .17, .29, .71, .44, .62, .91 (as does psych's `ICC(sf)`); DescTools' `icc`
        /// documentation prints all six of its example grid to seven digits, which are checked here.
        @Test(arguments: [
            (IntraclassCorrelation.Form.single1, 0.1657418),
            (.single2, 0.2897638),
            (.single3, 0.7148407),
            (.average1, 0.4427971),
            (.average2, 0.6200505),
            (.average3, 0.9093155),
        ])
        func shroutAndFleissExample(_ form: IntraclassCorrelation.Form, _ published: Double) throws {
            let icc = try IntraclassCorrelation.compute(ratings: Self.example).get()
            let value = try #require(icc.value(form))
            #expect(abs(value - published) < 5e-8, "\(form.rawValue): \(value)")
        }

        /// The mean squares worked by hand from the table (grand mean 5.125): BMS = 56.2083 / 5 = 1349/120,
        /// WMS = 112.75 / 18 = 451/72, JMS = 97.4583 / 3 = 2339/72, EMS = 15.2917 / 15 = 367/360; to two
        /// decimals 11.24, 6.26, 32.49, 1.02.
        @Test func meanSquares() throws {
            let icc = try IntraclassCorrelation.compute(ratings: Self.example).get()
            #expect(abs(icc.betweenTargets - 1349.0 / 120) < 1e-12)
            #expect(abs(icc.withinTargets - 451.0 / 72) < 1e-12)
            #expect(abs(icc.betweenRaters - 2339.0 / 72) < 1e-12)
            #expect(abs(icc.residual - 367.0 / 360) < 1e-12)
            #expect(icc.targets == 6 && icc.raters == 4)
        }

        @Test func identicalRatersAgreePerfectly() throws {
            let icc = try IntraclassCorrelation.compute(ratings: [[1, 1, 1], [4, 4, 4], [2, 2, 2]]).get()
            #expect(IntraclassCorrelation.Form.allCases.allSatisfy { icc.value($0) == 1 })
        }

        /// Every target alike and every rater alike: nothing varies, so no form has a denominator. 0.1 is
        /// not a binary fraction, so the sums of squares come out as rounding noise rather than 0.
        @Test(arguments: [5.0, 0.1, 1e6 + 0.1])
        func noVariationLeavesEveryFormUndefined(_ value: Double) throws {
            let ratings = Array(repeating: Array(repeating: value, count: 3), count: 4)
            let icc = try IntraclassCorrelation.compute(ratings: ratings).get()
            #expect(IntraclassCorrelation.Form.allCases.allSatisfy { icc.value($0) == nil })
        }

        /// Targets alike but raters apart: BMS = 0 and EMS = 0, so the consistency forms (3) and the
        /// average one-way form are undefined, while the agreement forms are 0 / positive = 0.
        @Test func onlyRatersDifferingLeavesConsistencyUndefined() throws {
            let icc = try IntraclassCorrelation.compute(ratings: [[1, 2, 3], [1, 2, 3], [1, 2, 3]]).get()
            #expect(icc.value(.single3) == nil && icc.value(.average3) == nil && icc.value(.average1) == nil)
            #expect(icc.value(.single2) == 0 && icc.value(.average2) == 0)
            #expect(icc.value(.single1).map { $0 < 0 } == true)
        }

        @Test func refusals() {
            #expect(IntraclassCorrelation.compute(ratings: [[1, 2]]) == .failure(.fewerThanTwoUnits(1)))
            #expect(IntraclassCorrelation.compute(ratings: []) == .failure(.fewerThanTwoUnits(0)))
            #expect(IntraclassCorrelation.compute(ratings: [[1], [2]]) == .failure(.fewerThanTwoRaters(1)))
            let ragged = IntraclassCorrelation.compute(ratings: [[1, 2], [3]])
            #expect(ragged == .failure(.unequalRow(unit: 1, values: 1, expected: 2)))
            let infinite = IntraclassCorrelation.compute(ratings: [[1, .infinity], [3, 4]])
            #expect(infinite == .failure(.notFinite(unit: 0, rater: 1)))
        }
    }
}
