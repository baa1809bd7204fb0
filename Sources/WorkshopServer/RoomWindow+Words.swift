import Foundation
import WorkshopKit

/// What a phone is told outside the window, in its language: when the room opens ("1 March 2027 at
/// 00:00"), or when it closed (the day `--until` named, or its time), with the zone the times are in.
extension RoomWindow {
    /// Why a phone may not write now, for the page and the refusal: nil inside the window.
    struct Notice: Sendable, Equatable {
        /// `opens` or `closed`: the catalogue's `room.window.NAME.*` and `room.window.refusal.NAME`.
        var name: String
        /// The moment named, and whether its time of day is said (not for a whole day).
        var date: Date
        var withTime: Bool
    }

    /// The notice for `moment`; nil when open.
    func notice(_ moment: Moment) -> Notice? {
        switch moment {
        case .open:
            return nil
        case .before:
            return opens.map { Notice(name: "opens", date: $0, withTime: true) }
        case .after:
            guard let closes else { return nil }
            // The day --until named is the one before the midnight the room closed at.
            let day = untilDay ? Self.calendar(zone).date(byAdding: .day, value: -1, to: closes) ?? closes : closes
            return Notice(name: "closed", date: day, withTime: !untilDay)
        }
    }

    /// "1 March 2027 at 00:00", or "8 March 2027" for a whole day, in `messages`' words and the zone's time.
    func when(_ notice: Notice, _ messages: Messages) -> String {
        let parts = Self.calendar(zone).dateComponents([.year, .month, .day, .hour, .minute], from: notice.date)
        let day = messages["room.window.date.m" + Self.two(parts.month ?? 1),
                           ["day": String(parts.day ?? 1), "year": String(parts.year ?? 0)]]
        guard notice.withTime else { return day }
        return messages["room.window.at", ["date": day, "time": Self.two(parts.hour ?? 0) + ":" + Self.two(parts.minute ?? 0)]]
    }

    private static func two(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }

    /// The values of the notice's sentences: `when` in `messages`' words, and the zone's name.
    func values(_ notice: Notice, _ messages: Messages) -> [String: String] {
        ["when": when(notice, messages), "zone": zone.identifier]
    }

    /// The moment as a machine reads it (`<time datetime>`): ISO 8601 with the zone's offset.
    func machineReadable(_ notice: Notice) -> String {
        let format = ISO8601DateFormatter()
        format.timeZone = zone
        format.formatOptions = notice.withTime ? [.withInternetDateTime] : [.withFullDate]
        return format.string(from: notice.date)
    }

    /// For the facilitator, in English: `phones may write from 1 March 2027 at 00:00 until the end
    /// of 8 March 2027 (Europe/London); not open yet`.
    public var summary: String {
        let english = Messages.english
        let from = opens.map { "from " + when(Notice(name: "opens", date: $0, withTime: true), english) + " " } ?? ""
        let until = notice(.after).map { (untilDay ? "until the end of " : "until ") + when($0, english) + " " } ?? ""
        let now = switch moment {
        case .before: "not open yet"
        case .open: "open now"
        case .after: "closed already: phones see that it closed"
        }
        return "phones may answer and write ideas \(from)\(until)(\(zone.identifier)); \(now)"
    }
}
