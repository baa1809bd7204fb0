import Foundation
import WorkshopModel
import WorkshopSession

/// One export format: what a session becomes when it leaves the room.
public protocol Exporter {
    /// The bytes of the export.
    func export(_ input: ExportInput) throws -> Data
}

/// Everything an export is made from: the summary and the answers behind it.
public struct ExportInput: Sendable {
    public var summary: SessionSummary
    public var answers: [SessionState.AnswerRecord]
    public var scale: Scale
    /// The plan's date, for the tidy rows.
    public var date: String?
    /// When the session started, for the calendar's time stamps.
    public var startedAt: Int64
    /// For a session in a series, what the HTML report adds about the other meetings.
    public var series: SeriesContext? = nil
    /// The plan's prompts, so a note on a prompt can show its question.
    public var prompts: [Prompt]
    /// The days of the series' planned meetings (`SeriesPlans.meetingDays`): an action due
    /// `next-meeting` is due by the first of them after the meeting that agreed it.
    public var meetingDays: [String] = []

    public init(state: SessionState, options: SummaryOptions = SummaryOptions()) {
        summary = SessionSummary(state: state, options: options)
        answers = state.answerRecords
        scale = state.plan.scale
        date = state.plan.date
        startedAt = state.startedAt
        prompts = state.plan.prompts
    }

    /// The actions table: one row per action the meeting reviewed or agreed.
    public static let actionColumns = [
        "number", "id", "text", "owner", "due", "status", "note", "agreed_in", "agreed_on", "carries",
    ]

    public var actionRows: [[ExportCell]] {
        summary.actions.all.map { action in
            [
                .integer(action.number), .text(action.id), .text(action.text), .text(action.owners.joined(separator: ", ")),
                .day(orText: action.due), .text(action.status), .text(action.note ?? ""), .text(action.agreedIn),
                .day(orText: action.agreedOn), .integer(action.carries),
            ]
        }
    }

    /// The tidy table: one row per recorded answer, in a fixed column order.
    public static let tidyColumns = [
        "session", "date", "activity", "persona", "group", "criterion", "answer", "label", "value", "note", "time",
    ]

    public var tidyRows: [[ExportCell]] {
        answers.map { record in
            let level: Scale.Level? = {
                if case let .level(index) = record.answer { return scale.levels[index] }
                return nil
            }()
            return [
                .text(summary.session), .day(orText: date), .text(record.activity), .text(record.persona),
                .text(record.group), .text(record.criterion ?? ""), .text(record.answer.key(on: scale)),
                .text(level?.label ?? "unsure"), level.map { .number($0.value) } ?? .empty, .text(record.note ?? ""),
                .time(record.at),
            ]
        }
    }
}

/// How a matrix or tidy export is laid out.
public enum ExportShape: String, CaseIterable, Sendable {
    /// Activities × personas (medians), standing and rank.
    case matrix
    /// One row per current answer.
    case tidy
    /// One row per action reviewed or agreed at the meeting.
    case actions
    /// One row per idea shown, with its theme and its votes.
    case ideas
}
