import Foundation
import WorkshopModel
import WorkshopSession

/// An iCalendar file (RFC 5545) with one to-do per action that has a due date, so owners can put
/// them in their calendars. An action due `next-meeting` is due on the next meeting's day once that
/// meeting's plan exists (`ExportInput.meetingDays`: the first after the meeting that agreed it);
/// before that its to-do has no due day and says why. Each to-do's UID is the action's record id, so
/// importing a later meeting's file updates the same to-do instead of adding another.
public struct ICSExporter: Exporter {
    public init() {}

    /// Why there is nothing to put in a calendar.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        case noDatedActions(String)

        public var description: String {
            switch self {
            case let .noDatedActions(session):
                return "session '\(session)' has no actions with a due date, so there is nothing for a calendar"
            }
        }
    }

    public func export(_ input: ExportInput) throws -> Data {
        let dated = input.summary.actions.all.filter { $0.due.flatMap { DueDate(stored: $0) } != nil }
        guard !dated.isEmpty else { throw Failure.noDatedActions(input.summary.session) }
        let stamp = Self.stamp(input.startedAt)
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//workshop//\(JournalFormat.writer)//EN", "CALSCALE:GREGORIAN"]
        for action in dated {
            lines += [
                "BEGIN:VTODO",
                "UID:\(action.id)@workshop",
                "DTSTAMP:\(stamp)",
            ]
            let nextMeeting = Self.nextMeeting(after: action, meetingDays: input.meetingDays, session: input.summary)
            if let day = Self.day(action, nextMeeting: nextMeeting) { lines.append("DUE;VALUE=DATE:" + day.replacingOccurrences(of: "-", with: "")) }
            lines += [
                "SUMMARY:" + Self.escape("#\(action.number) \(action.text)"),
                "DESCRIPTION:" + Self.escape(description(action, session: input.summary, nextMeeting: nextMeeting)),
                "STATUS:\(Self.status(action.status))",
                "END:VTODO",
            ]
        }
        lines.append("END:VCALENDAR")
        return Data(lines.map(Self.fold).joined().utf8)
    }

    /// The first meeting planned after the one that agreed `action` (an action carried in from an
    /// earlier meeting was due at the meeting after that one, not after this session).
    static func nextMeeting(after action: ActionsSummary.Entry, meetingDays: [String], session: SessionSummary) -> String? {
        guard let agreed = action.agreedOn ?? session.date else { return nil }
        return meetingDays.first { $0 > agreed }
    }

    /// The day an action is due: its own, or the next meeting's for one due then; nil while that is unknown.
    static func day(_ action: ActionsSummary.Entry, nextMeeting: String?) -> String? {
        action.due == DueDate.nextMeeting.text ? nextMeeting : action.due.flatMap(DueDate.day)
    }

    private func description(_ action: ActionsSummary.Entry, session: SessionSummary, nextMeeting: String?) -> String {
        var parts = ["Agreed at '\(action.agreedIn)'" + (action.agreedOn.map { " on \($0)" } ?? "") + "."]
        if action.due == DueDate.nextMeeting.text {
            parts.append(nextMeeting.map { "Due by the next meeting (\($0))." } ?? "Due by the next meeting, not planned yet.")
        }
        if !action.owners.isEmpty { parts.append((action.owners.count == 1 ? "Owner: " : "Owners: ") + action.owners.joined(separator: ", ") + ".") }
        parts.append("Status at '\(session.session)': \(action.status)" + (action.note.map { " (\($0))" } ?? "") + ".")
        return parts.joined(separator: " ")
    }

    static func status(_ status: String) -> String {
        switch status {
        case "done": return "COMPLETED"
        case "dropped": return "CANCELLED"
        case "in-progress": return "IN-PROCESS"
        default: return "NEEDS-ACTION"
        }
    }

    /// `20160210T091500Z`: a UTC date-time in the basic format.
    static func stamp(_ milliseconds: Int64) -> String {
        let iso = Timestamp.format(milliseconds)
        let digits = iso.prefix(19).filter { $0.isNumber }
        return String(digits.prefix(8)) + "T" + String(digits.dropFirst(8).prefix(6)) + "Z"
    }

    /// TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\n", "\r\n", "\r": result += "\\n"
            default:
                // A tab is allowed in TEXT; other control characters have no place in a calendar line.
                if character == "\t" || character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
                    result.append(character)
                }
            }
        }
        return result
    }

    /// A content line ended by CRLF and folded so no line exceeds 75 octets, never inside a character.
    static func fold(_ line: String) -> String {
        var result = ""
        var width = 0
        for character in line {
            let size = String(character).utf8.count
            if width + size > 75 {
                result += "\r\n "
                width = 1
            }
            result.append(character)
            width += size
        }
        return result + "\r\n"
    }
}
