import Foundation

/// `serve --open-from 2027-03-01 --until 2027-03-08`: the days phones may answer and write ideas,
/// for input gathered before the meeting. Outside them a phone gets a page saying when the room
/// opens or that it closed (`WindowGate`), and its writes are refused; the projector is not
/// affected. Times are read in `zone` (the plan's `timezone:`, else the server's).
public struct RoomWindow: Sendable {
    /// The first moment phones may write; nil is "already open".
    public let opens: Date?
    /// The first moment they may not (exclusive); nil is "never closes".
    public let closes: Date?
    /// `--until` gave a day, which it includes whole: `closes` is the next day's midnight, and the
    /// closed page names the day itself.
    public let untilDay: Bool
    public let zone: TimeZone
    /// The clock: the system's, or a test's.
    let now: @Sendable () -> Date

    /// Where the clock stands against the window.
    public enum Moment: Sendable, Equatable {
        case before, open, after
    }

    /// A window from `opens` to `closes`, read in `zone`; `now` is the clock (a test sets its own).
    public init(opens: Date?, closes: Date?, untilDay: Bool, zone: TimeZone, now: @escaping @Sendable () -> Date = { Date() }) {
        self.opens = opens
        self.closes = closes
        self.untilDay = untilDay
        self.zone = zone
        self.now = now
    }

    /// Now, against the window.
    public var moment: Moment { moment(at: now()) }

    /// Where `date` falls: before the window, in it, or after it.
    public func moment(at date: Date) -> Moment {
        if let opens, date < opens { return .before }
        if let closes, date >= closes { return .after }
        return .open
    }

    /// The window `--open-from` and `--until` give, read in `zone` (`zoneSource` says where the
    /// zone came from, for the error); nil when neither is given.
    public static func parse(from: String?, until: String?, zone: TimeZone, zoneSource: String,
                             now: @escaping @Sendable () -> Date = { Date() }) throws(RoomError) -> RoomWindow? {
        guard from != nil || until != nil else { return nil }
        let calendar = Self.calendar(zone)
        let opens = try from.map { (text) throws(RoomError) in try moment(text, option: "--open-from", calendar, zoneSource).start }
        let end = try until.map { (text) throws(RoomError) in try moment(text, option: "--until", calendar, zoneSource) }
        // A day given to --until is included whole: the room closes when the next day starts, found
        // from a moment inside that day (36 hours on from this one's start), since a day that starts
        // at 01:00 after a clock change is not followed by one that does.
        let closes = end.map { $0.isDay ? calendar.startOfDay(for: $0.start.addingTimeInterval(36 * 3600)) : $0.start }
        if let opens, let closes, closes <= opens {
            throw .badOption("--until \(until ?? "") is not after --open-from \(from ?? ""): the room would never open; "
                + "give an --until later than --open-from")
        }
        return RoomWindow(opens: opens, closes: closes, untilDay: end?.isDay ?? false, zone: zone, now: now)
    }

    /// `YYYY-MM-DD` (its first moment) or `YYYY-MM-DDTHH:MM`, in the calendar's zone.
    private static func moment(_ text: String, option: String, _ calendar: Calendar,
                               _ zoneSource: String) throws(RoomError) -> (start: Date, isDay: Bool) {
        let problem = RoomError.badOption("\(option) '\(text)' is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM, "
            + "e.g. 2027-03-01 or 2027-03-01T09:30 (read in \(calendar.timeZone.identifier), \(zoneSource))")
        let parts = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let fields = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || "-T:".contains($0)) }),
              fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
              let year = Int(fields[0]), let month = Int(fields[1]), let date = Int(fields[2]) else { throw problem }
        let day = DateComponents(year: year, month: month, day: date)
        guard (1...12).contains(month), day.isValidDate(in: calendar),
              let noon = calendar.date(from: DateComponents(year: year, month: month, day: date, hour: 12)) else { throw problem }
        // A day starts at its first moment, which is not midnight where a clock change falls then.
        guard parts.count == 2 else { return (calendar.startOfDay(for: noon), true) }
        let time = parts[1].split(separator: ":", omittingEmptySubsequences: false)
        guard time.count == 2, time.allSatisfy({ $0.count == 2 }), let hour = Int(time[0]), let minute = Int(time[1]),
              (0...23).contains(hour), (0...59).contains(minute),
              let start = calendar.date(from: DateComponents(year: year, month: month, day: date, hour: hour, minute: minute))
        else { throw problem }
        return (start, false)
    }

    /// The Gregorian calendar in `zone`.
    static func calendar(_ zone: TimeZone) -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }
}
