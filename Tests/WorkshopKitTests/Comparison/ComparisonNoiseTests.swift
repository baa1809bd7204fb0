import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// `compare` and `trend` call a change only when it exceeds the noise: the 95% bootstrap interval of
/// the change in the median leaves out zero.
struct ComparisonNoiseTests {
    typealias F = MeetingsFixture

    @Test func aChangeWithinTheNoiseIsShownButNotCalled() throws {
        let fixture = F()
        // Three answers each, spread over the scale: the median moves by 1 but resampling moves it more.
        let a = try fixture.meeting("a", F.ratings("talk", "academic", "1", "3", "5"))
        let b = try fixture.meeting("b", F.ratings("talk", "academic", "2", "4", "5"))
        let cell = try #require(try SessionComparison(from: a, to: b).cells.first)
        let interval = try #require(cell.interval)
        #expect(cell.change == 1 && interval.contains(0) && interval.contains(1))
        #expect(cell.beyondNoise == false && !cell.called, "enough answers, but within the noise")
    }

    @Test func aClearChangeIsBeyondTheNoiseAndTheSameEveryTime() throws {
        let fixture = F()
        let a = try fixture.meeting("a", F.ratings("talk", "academic", "2", "2", "2", "1"))
        let b = try fixture.meeting("b", F.ratings("talk", "academic", "4", "5", "4", "4"))
        let first = try #require(try SessionComparison(from: a, to: b).cells.first)
        #expect(first.beyondNoise == true && first.called && (first.interval?.lower ?? 0) > 0)
        let again = try #require(try SessionComparison(from: a, to: b).cells.first)
        #expect(again.interval == first.interval, "seeded: the same sessions give the same interval")
    }

    @Test func aCellWithOneAnswerOnASideHasNoInterval() throws {
        let fixture = F()
        let a = try fixture.meeting("a", F.ratings("talk", "academic", "1"))
        let b = try fixture.meeting("b", F.ratings("talk", "academic", "5", "5", "5"))
        let cell = try #require(try SessionComparison(from: a, to: b).cells.first)
        #expect(cell.interval == nil && cell.beyondNoise == nil && !cell.called)
    }
}
