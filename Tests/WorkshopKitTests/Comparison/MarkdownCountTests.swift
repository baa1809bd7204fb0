import Testing
import WorkshopTestSupport
@testable import WorkshopKit
@testable import WorkshopMerge
@testable import WorkshopReports

/// The Markdown of `compare` and `trend` counts a meeting's answers in good English: one answer,
/// two answers.
struct MarkdownCountTests {
    typealias F = MeetingsFixture

    @Test func aMeetingOfOneAnswerIsOneAnswer() throws {
        let fixture = F()
        let one = try fixture.meeting("one", F.ratings("talk", "academic", "3"))
        let two = try fixture.meeting("two", F.ratings("talk", "academic", "4", "5"))
        let compared = try SessionComparison(from: one, to: two).markdown
        #expect(compared.contains(": 1 answer\n") && compared.contains(": 2 answers\n"), "\(compared)")
        let trend = try SeriesTrend(series: "club", sessions: [one, two]).markdown
        #expect(trend.contains(": 1 answer\n") && trend.contains(": 2 answers\n"), "\(trend)")
    }
}
