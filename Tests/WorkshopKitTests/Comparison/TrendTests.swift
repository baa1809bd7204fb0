import Testing
import WorkshopTestSupport
@testable import WorkshopKit
@testable import WorkshopMerge
@testable import WorkshopReports

/// A series' cells across its meetings: points, the change from first to last, meetings on another
/// scale, and narrowing to one activity or persona.
struct TrendTests {
    typealias F = MeetingsFixture

    static func meetings(_ fixture: F) throws -> [SessionMedians] {
        [
            try fixture.meeting("m1", F.ratings("talk", "academic", "2", "2", "3") + F.ratings("walk", "student", "4")),
            try fixture.meeting("m2", F.ratings("talk", "academic", "3", "4", "4") + F.ratings("walk", "student", "5")),
            try fixture.meeting("m3", F.ratings("talk", "academic", "5", "4", "5", "5")),
        ]
    }

    @Test func eachCellsMedianAcrossTheMeetings() throws {
        let trend = try SeriesTrend(series: "club", sessions: try Self.meetings(F()))
        #expect(trend.meetings.map(\.number) == [1, 2, 3])
        #expect(trend.meetings.map(\.answers) == [4, 4, 4])
        let talk = try #require(trend.rows.first)
        #expect(talk.points.map(\.median) == [2, 4, 5] && talk.points.map(\.answers) == [3, 3, 4])
        #expect(talk.change == 3 && talk.direction == .up && talk.called)
        let walk = try #require(trend.rows.last)
        #expect(walk.points.map(\.meeting) == [1, 2] && walk.change == 1 && !walk.called)
        #expect(trend.rows.count == 2, "cells never answered have no row")
    }

    @Test func meetingsOnAnotherScaleThanTheLatestAreLeftOutAndNamed() throws {
        let fixture = F()
        var sessions = try Self.meetings(fixture)
        sessions.insert(try fixture.meeting("odd", scale: "rag", F.ratings("talk", "academic", "g")), at: 1)
        let trend = try SeriesTrend(series: "club", sessions: sessions)
        #expect(trend.meetings.map(\.session) == ["m1", "m2", "m3"])
        #expect(trend.leftOut == [.init(number: 2, session: "odd", reason: "rates on the scale 'rag', the latest meeting on '1-5'")])
    }

    @Test func rowsNarrowToAnActivityAndAPersonaByPrefix() throws {
        let sessions = try Self.meetings(F())
        let trend = try SeriesTrend(series: "club", sessions: sessions, activity: "ta", persona: "acad")
        #expect(trend.filter == .init(activity: "talk", persona: "academic"))
        #expect(trend.rows.map(\.activity) == ["talk"])
        #expect(throws: ComparisonError.unknown(kind: "activity", text: "tlk", series: "club", suggestion: "talk",
                                                available: ["talk", "walk", "quiz"])) {
            try SeriesTrend(series: "club", sessions: sessions, activity: "tlk")
        }
    }
}
