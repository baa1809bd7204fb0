import Foundation

/// When an action is due: a day, or "by the next meeting" of its series.
public enum DueDate: Hashable, Sendable {
    case day(String)
    case nextMeeting

    /// As stored in the journal and shown: `2016-03-10` or `next-meeting`.
    public var text: String {
        switch self {
        case let .day(day): return day
        case .nextMeeting: return "next-meeting"
        }
    }

    /// A due date as stored: an ISO day or `next-meeting`; nil for anything else.
    public init?(stored text: String) {
        if text == "next-meeting" {
            self = .nextMeeting
        } else if let day = Self.day(text) {
            self = .day(day)
        } else {
            return nil
        }
    }

    /// A due date as typed: `2016-03-10`, `+10d`, `+2w` or `+1m` counted from `from` (a day,
    /// `YYYY-MM-DD`), or `next-meeting`. Nil when it is none of these.
    public init?(typed text: String, from: String) {
        if let stored = DueDate(stored: text) {
            self = stored
            return
        }
        // At most about ten years ahead: a larger span is a typo, and a huge one would overflow the date.
        let spans: [Character: (Calendar.Component, Int)] = ["d": (.day, 3660), "w": (.weekOfYear, 522), "m": (.month, 120)]
        guard text.hasPrefix("+"), let unit = text.last, let (component, limit) = spans[unit],
              let count = Int(text.dropFirst().dropLast()), (0...limit).contains(count),
              let start = Self.calendarDate(from),
              let due = Self.calendar.date(byAdding: component, value: count, to: start),
              let day = Self.day(Self.format(due))
        else { return nil }
        self = .day(day)
    }

    /// The day `text` names when it is a real `YYYY-MM-DD` date.
    package static func day(_ text: String) -> String? {
        guard text.count == 10, let date = calendarDate(text), format(date) == text else { return nil }
        return text
    }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    private static func calendarDate(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }

    package static func format(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }
}
