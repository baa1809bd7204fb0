import Testing
@testable import WorkshopKit

/// The summary's bootstrap intervals: present where there is enough to resample, the same for the
/// same journal, absent when not asked for.
struct SummaryIntervalTests {
    @Test func cellsStandingsAndAlphaCarryIntervalsThatRepeat() throws {
        let summary = try SummaryTests.summary(SummaryTests.sample)
        let dropIn = try #require(SummaryTests.cell(summary, "drop-in", "undergraduate"))
        let interval = try #require(dropIn.medianInterval)
        #expect(interval.lower == 4 && interval.upper == 5, "answers 4 and 5: a resampled median is 4, 4.5 or 5")
        let withUnsure = try #require(SummaryTests.cell(summary, "induction", "undergraduate"))
        #expect(withUnsure.medianInterval == nil, "one answer other than '?' is too little to resample")
        let ranked = summary.activities.filter { $0.rank != nil }
        #expect(!ranked.isEmpty && ranked.allSatisfy { activity in
            activity.standingInterval.map { $0.lower <= (activity.standing ?? 0) && (activity.standing ?? 0) <= $0.upper } == true
        })
        let academic = try #require(summary.personas.first { $0.persona == "academic" })
        #expect(academic.agreementInterval != nil && academic.agreement != nil)
        let again = try SummaryTests.summary(SummaryTests.sample)
        #expect(again.cells.map(\.medianInterval) == summary.cells.map(\.medianInterval))
        #expect(again.personas.map(\.agreementInterval) == summary.personas.map(\.agreementInterval))
        #expect(summary.methods.intervals.hasPrefix("95% intervals from a bootstrap of 1000 replicates, seeded from the counts each interval redraws"))
    }

    @Test func renderingsThatShowNoIntervalsDrawNone() throws {
        let summary = try SummaryTests.summary(SummaryTests.sample, options: SummaryOptions().withoutIntervals)
        #expect(summary.cells.allSatisfy { $0.medianInterval == nil })
        #expect(summary.activities.allSatisfy { $0.standingInterval == nil })
        #expect(summary.personas.allSatisfy { $0.agreementInterval == nil })
    }
}
