import Foundation
import Testing
import WorkshopKit
@testable import WorkshopServer

/// `serve --open-from`/`--until` read as a window: a day given to `--until` is included whole, a
/// moment is not; times are the zone's; a date that is not one is one line naming the option.
struct RoomWindowTests {
    let clock = TestClock(TestClock.moment("2027-02-01T12:00"))

    @Test func untilADayIncludesThatWholeDay() throws {
        let window = try RoomWindow.london(from: "2027-03-01", until: "2027-03-08", clock: clock)
        #expect(window.moment(at: TestClock.moment("2027-02-28T23:59")) == .before)
        #expect(window.moment(at: TestClock.moment("2027-03-01T00:00")) == .open)
        #expect(window.moment(at: TestClock.moment("2027-03-08T23:59")) == .open)
        #expect(window.moment(at: TestClock.moment("2027-03-09T00:00")) == .after)
        #expect(window.moment == .before, "the room reads the clock it was given")
    }

    @Test func untilAMomentClosesThen() throws {
        let window = try RoomWindow.london(from: "2027-03-01T09:30", until: "2027-03-08T17:00", clock: clock)
        #expect(window.moment(at: TestClock.moment("2027-03-01T09:29")) == .before)
        #expect(window.moment(at: TestClock.moment("2027-03-01T09:30")) == .open)
        #expect(window.moment(at: TestClock.moment("2027-03-08T16:59")) == .open)
        #expect(window.moment(at: TestClock.moment("2027-03-08T17:00")) == .after)
    }

    /// The same dates in New York open five hours after London's midnight (and an hour less once
    /// America's clocks have gone forward, on 14 March 2027).
    @Test func theZoneSaysWhenADayStarts() throws {
        let zone = try #require(TimeZone(identifier: "America/New_York"))
        let window = try #require(try RoomWindow.parse(from: "2027-03-01", until: "2027-03-20", zone: zone, zoneSource: "test"))
        #expect(window.moment(at: TestClock.moment("2027-03-01T04:59")) == .before)
        #expect(window.moment(at: TestClock.moment("2027-03-01T05:00")) == .open)
        #expect(window.moment(at: TestClock.moment("2027-03-21T03:59")) == .open)
        #expect(window.moment(at: TestClock.moment("2027-03-21T04:00")) == .after)
    }

    @Test func eitherEndMayBeLeftOpen() throws {
        let from = try RoomWindow.london(from: "2027-03-01", until: nil, clock: clock)
        #expect(from.moment(at: TestClock.moment("2099-01-01T00:00")) == .open)
        let until = try RoomWindow.london(from: nil, until: "2027-03-08", clock: clock)
        #expect(until.moment(at: TestClock.moment("2000-01-01T00:00")) == .open)
        #expect(try RoomWindow.parse(from: nil, until: nil, zone: .current, zoneSource: "test") == nil)
    }

    @Test(arguments: ["2027-02-30", "2027-3-1", "tomorrow", "2027-03-01T25:00", "2027-03-01T09", "+027-03-01", "2027-13-01", ""])
    func aDateThatIsNotOneIsOneLine(text: String) throws {
        #expect(throws: RoomError.badOption("--open-from '\(text)' is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM, "
            + "e.g. 2027-03-01 or 2027-03-01T09:30 (read in Europe/London, the plan's timezone)")) {
            _ = try RoomWindow.london(from: text, until: nil, clock: clock)
        }
    }

    @Test func untilBeforeFromIsRefused() {
        #expect(throws: RoomError.badOption("--until 2027-03-01 is not after --open-from 2027-03-08: the room would never open; "
            + "give an --until later than --open-from")) {
            _ = try RoomWindow.london(from: "2027-03-08", until: "2027-03-01", clock: clock)
        }
        // One day, from its start to its end, is a window.
        #expect(throws: Never.self) { _ = try RoomWindow.london(from: "2027-03-08", until: "2027-03-08", clock: clock) }
    }

    struct Words: Sendable {
        var language: String
        var opens: String
        var closed: String
    }

    @Test(arguments: [
        Words(language: "en", opens: "1 March 2027 at 00:00", closed: "8 March 2027"),
        Words(language: "cy", opens: "1 Mawrth 2027 am 00:00", closed: "8 Mawrth 2027"),
        Words(language: "fr", opens: "1 mars 2027 à 00:00", closed: "8 mars 2027"),
        Words(language: "de", opens: "1. März 2027 um 00:00", closed: "8. März 2027"),
        Words(language: "es", opens: "1 de marzo de 2027 a las 00:00", closed: "8 de marzo de 2027"),
        Words(language: "zh-Hans", opens: "2027年3月1日 00:00", closed: "2027年3月8日"),
    ])
    func theMomentsAreSaidInThePhonesLanguage(words: Words) throws {
        let window = try RoomWindow.london(from: "2027-03-01", until: "2027-03-08", clock: clock)
        let messages = Messages(words.language)
        let opens = try #require(window.notice(.before)), closed = try #require(window.notice(.after))
        #expect(window.when(opens, messages) == words.opens)
        #expect(window.when(closed, messages) == words.closed, "a whole day is named, not the midnight after it")
        #expect(window.machineReadable(opens) == "2027-03-01T00:00:00Z" && window.machineReadable(closed) == "2027-03-08")
        #expect(window.notice(.open) == nil)
    }

    @Test func theFacilitatorIsToldTheDaysInEnglish() throws {
        let window = try RoomWindow.london(from: "2027-03-01", until: "2027-03-08T17:00", clock: clock)
        #expect(window.summary == "phones may answer and write ideas from 1 March 2027 at 00:00 until 8 March 2027 at 17:00 "
            + "(Europe/London); not open yet")
        let days = try RoomWindow.london(from: nil, until: "2027-03-08", clock: TestClock(TestClock.moment("2027-03-09T00:00")))
        #expect(days.summary == "phones may answer and write ideas until the end of 8 March 2027 (Europe/London); "
            + "closed already: phones see that it closed")
    }

    /// Where a clock change falls at midnight (Santiago, 5 September 2027: 00:00 becomes 01:00),
    /// a day starts at 01:00 but the next at 00:00: the room closes when the next day starts.
    @Test func aWholeDayEndsWhenTheNextDayStartsAcrossAClockChange() throws {
        let zone = try #require(TimeZone(identifier: "America/Santiago"))
        let calendar = RoomWindow.calendar(zone)
        let day = try #require(calendar.date(from: DateComponents(year: 2027, month: 9, day: 5, hour: 12)))
        try #require(calendar.component(.hour, from: calendar.startOfDay(for: day)) == 1, "the tz data moves Santiago's clock then")
        let window = try #require(try RoomWindow.parse(from: nil, until: "2027-09-05", zone: zone, zoneSource: "test"))
        let nextMidnight = try #require(calendar.date(from: DateComponents(year: 2027, month: 9, day: 6, hour: 0)))
        #expect(window.closes == nextMidnight, "not at 01:00 on the 6th")
        #expect(window.moment(at: nextMidnight.addingTimeInterval(-60)) == .open)
        #expect(window.moment(at: nextMidnight) == .after)
    }
}
