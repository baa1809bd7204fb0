import Testing

@testable import WorkshopKit

extension StatisticsTests {
    /// Fleiss' kappa against Fleiss (1971) and the Wikipedia worked example.
    struct FleissKappaTests {
        /// Fleiss (1971), Table 1 (R irr's `diagnoses`): 30 patients, each diagnosed by 6 of a pool of
        /// psychiatrists into depression, personality disorder, schizophrenia, neurosis, other. Each row
        /// counts the patient's diagnoses per category.
        static let diagnoses: [[Int]] = [
            [0, 0, 0, 6, 0], [0, 3, 0, 0, 3], [0, 1, 4, 0, 1], [0, 0, 0, 0, 6], [0, 3, 0, 3, 0],
            [2, 0, 4, 0, 0], [0, 0, 4, 0, 2], [2, 0, 3, 1, 0], [2, 0, 0, 4, 0], [0, 0, 0, 0, 6],
            [1, 0, 0, 5, 0], [1, 1, 0, 4, 0], [0, 3, 3, 0, 0], [1, 0, 0, 5, 0], [0, 2, 0, 3, 1],
            [0, 0, 5, 0, 1], [3, 0, 0, 1, 2], [5, 1, 0, 0, 0], [0, 2, 0, 4, 0], [1, 0, 2, 0, 3],
            [0, 0, 0, 0, 6], [0, 1, 0, 5, 0], [0, 2, 0, 1, 3], [2, 0, 0, 4, 0], [1, 0, 0, 4, 1],
            [0, 5, 0, 1, 0], [4, 0, 0, 0, 2], [0, 2, 0, 4, 0], [1, 0, 5, 0, 0], [0, 0, 0, 0, 6],
        ]

        /// kappa = .430 in Fleiss (1971); R irr's `kappam.fleiss(diagnoses)` gives Kappa = 0.4302445 and
        /// z = 17.65183 (as quoted in statsmodels' test_inter_rater.py, `test_fleiss_kappa_irr`).
        @Test func fleiss1971Diagnoses() throws {
            let result = try FleissKappa.compute(counts: Self.diagnoses).get()
            #expect(abs(result.kappa - 0.4302445) < 5e-8, "\(result.kappa)")
            #expect(abs(try #require(result.z) - 17.65183) < 5e-6, "\(String(describing: result.z))")
            #expect(try #require(result.pValue) < 1e-60)
            #expect(result.subjects == 30 && result.raters == 6)
        }

        /// Category-wise kappas of Fleiss (1971), as irr's `kappam.fleiss(diagnoses, detail = TRUE)` prints
        /// them: 0.245, 0.245, 0.520, 0.471, 0.566 (pyirr's test_kappam_fleiss_detail; jaspReliability's
        /// test-raterAgreement.R has them in full: 0.244755244755245, 0.52, 0.471127272727273,
        /// 0.566117806823969).
        @Test func fleiss1971CategoryKappas() throws {
            let kappas = try FleissKappa.compute(counts: Self.diagnoses).get().categoryKappas.map { $0 ?? .nan }
            let published = [0.244755244755245, 0.244755244755245, 0.52, 0.471127272727273, 0.566117806823969]
            #expect(zip(kappas, published).allSatisfy { abs($0 - $1) < 1e-12 }, "\(kappas)")
        }

        /// Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories;
        /// P̄ = 0.378, P̄ₑ = 0.213, κ = 0.210 (statsmodels' `test_fleiss_kappa` checks the same table).
        @Test func wikipediaWorkedExample() throws {
            let counts = [
                [0, 0, 0, 0, 14], [0, 2, 6, 4, 2], [0, 0, 3, 5, 6], [0, 3, 9, 2, 0], [2, 2, 8, 1, 1],
                [7, 7, 0, 0, 0], [3, 2, 6, 3, 0], [2, 5, 3, 2, 2], [6, 5, 2, 1, 0], [0, 2, 2, 3, 7],
            ]
            let result = try FleissKappa.compute(counts: counts).get()
            #expect(abs(result.observedAgreement - 0.378) < 0.0005, "\(result.observedAgreement)")
            #expect(abs(result.expectedAgreement - 0.213) < 0.0005, "\(result.expectedAgreement)")
            #expect(abs(result.kappa - 0.210) < 0.0005, "\(result.kappa)")
        }

        @Test func perfectAgreementIsOneAndAnUnusedCategoryHasNoKappa() throws {
            let result = try FleissKappa.compute(counts: [[3, 0, 0], [0, 3, 0], [3, 0, 0]]).get()
            #expect(result.kappa == 1)
            #expect(result.categoryKappas[0] == 1 && result.categoryKappas[2] == nil)
        }

        @Test func shortRowsCountZeroInTheMissingCategories() throws {
            let padded = try FleissKappa.compute(counts: [[2, 1, 0], [0, 1, 2], [3, 0, 0]]).get()
            let short = try FleissKappa.compute(counts: [[2, 1], [0, 1, 2], [3]]).get()
            #expect(padded == short)
        }

        @Test func refusals() {
            #expect(FleissKappa.compute(counts: [[2, 1]]) == .failure(.fewerThanTwoUnits(1)))
            #expect(FleissKappa.compute(counts: [[1, 0], [0, 1]]) == .failure(.fewerThanTwoRaters(1)))
            let unequal = FleissKappa.compute(counts: [[2, 1], [1, 1]])
            #expect(unequal == .failure(.unequalRaters(unit: 1, raters: 2, expected: 3)))
            #expect(FleissKappa.compute(counts: [[2, 1], [4, -1]]) == .failure(.negativeCount(unit: 1, category: 1)))
            #expect(FleissKappa.compute(counts: [[0, 3], [0, 3]]) == .failure(.oneCategoryOnly))
        }
    }
}
