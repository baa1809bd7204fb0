import Testing
@testable import WorkshopKit
@testable import WorkshopReports

/// Why an agreement statistic or a series' change is missing: English in the summary (JSON, the
/// terminal), worded again in a report's own language from the typed reason.
struct ReportNotesTests {
    @Test func aTiedBlockIsWordedInTheReportsLanguage() throws {
        // Two groups gave three activities the same value: Kendall's W has no ranking to agree on.
        let scale = try #require(Scale.builtin(named: "agreement"))
        let statistics = try #require(AgreementStatistics(units: [[3, 3], [3, 3], [3, 3]], scale: scale))
        #expect(statistics.notes == ["Kendall's W: every rater gave every unit the same value, so there is no ranking to agree on"],
                "the summary's English, as before")
        #expect(statistics.notes(in: Messages("en")) == statistics.notes)
        let welsh = statistics.notes(in: Messages("cy"))
        #expect(welsh == ["Kendall's W: " + Messages("cy")["report.refusal.tied"]])
        #expect(welsh.first?.contains("rhoddodd pob grŵp") == true)
        #expect(statistics.notes(in: Messages("fr")).first?.hasPrefix("Kendall's W : ") == true, "French spacing before a colon")
    }

    @Test func twoMeetingsOnDifferentScalesAreWordedInTheReportsLanguage() {
        let error = ComparisonError.differentScales(from: "a", fromScale: "1-5", to: "b", toScale: "rag")
        #expect(error.worded(Messages("en")) == error.description)
        #expect(error.worded(Messages("cy")) == Messages("cy")["report.refusal.different_scales", ["from": "1-5", "to": "rag"]])
        #expect(error.worded(Messages("de")).contains("„1-5“"))
    }
}
