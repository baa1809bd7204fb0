import Foundation
import WorkshopModel

extension SessionState {
    /// Applies an action, carry or review record; returns the entry's payload.
    package mutating func applyAction(_ kind: RecordKind, _ fields: LineFields, entry: Int32, id: UInt64, at: Int64, by: String)
        throws(ReplayProblem) -> Payload
    {
        switch kind {
        case .action:
            var action = try actionFields(fields, id: id, number: try number(fields, .number))
            action.agreedIn = sessionID
            action.agreedOn = meetingDay
            return .action(actionBook.add(action, entry: entry))
        case .carry:
            let originText = try text(fields, .origin)
            guard let origin = RecordID.parse(originText) else { throw .badValue(key: "origin", value: originText) }
            var action = try actionFields(fields, id: origin, number: try number(fields, .number))
            action.agreedIn = try text(fields, .from)
            action.agreedOn = fields.string(.agreed)
            action.carries = max(1, try number(fields, .count))
            action.earlierStatus = try fields.string(.status).map { (text) throws(ReplayProblem) in try status(text) }
            return .action(actionBook.add(action, entry: entry))
        default:
            let targetText = try text(fields, .target)
            guard let target = RecordID.parse(targetText), let index = actionBook.index(of: target) else {
                throw .unknown(kind: "action", id: targetText)
            }
            let note = fields.string(.note).flatMap { $0.isEmpty ? nil : $0 }
            let review = Action.Review(status: try status(try text(fields, .status)), note: note, at: at, by: by)
            return .review(actionBook.review(index, review, entry: entry))
        }
    }

    /// The day of this meeting: the plan's date, else the day the session started.
    package var meetingDay: String {
        plan.date ?? String(Timestamp.format(startedAt).prefix(10))
    }

    private func actionFields(_ fields: LineFields, id: UInt64, number: Int) throws(ReplayProblem) -> Action {
        var action = try actionWording(fields, id: id, number: number)
        if let idea = fields.string(.idea) {
            guard let ideaID = RecordID.parse(idea) else { throw .badValue(key: "idea", value: idea) }
            action.idea = ideaID
        }
        return action
    }

    private func actionWording(_ fields: LineFields, id: UInt64, number: Int) throws(ReplayProblem) -> Action {
        let due = try fields.string(.due).map { (text) throws(ReplayProblem) -> DueDate in
            guard let due = DueDate(stored: text) else { throw .badValue(key: "due", value: text) }
            return due
        }
        // Only a redaction leaves an action's text empty on disk.
        guard let wording = fields.string(.text) else { throw .missing(key: "text") }
        return Action(
            id: id, number: number, text: wording.isEmpty ? Action.redactedText : wording,
            owners: try owners(fields), due: due,
            activity: fields.string(.activity), persona: fields.string(.persona), prompt: fields.string(.prompt),
            agreedIn: sessionID, agreedOn: nil, carries: 0, earlierStatus: nil, review: nil, isRedacted: wording.isEmpty)
    }

    /// Every owner: the `owners` list when the line has one (several owners), else its `owner`
    /// (older lines, and lines with one owner); none once redacted.
    private func owners(_ fields: LineFields) throws(ReplayProblem) -> [String] {
        if let list = fields.string(.owners), !list.isEmpty {
            guard let owners = (try? JSONSerialization.jsonObject(with: Data(list.utf8))) as? [String] else {
                throw .badValue(key: "owners", value: list)
            }
            return owners.filter { !$0.isEmpty }
        }
        return fields.string(.owner).flatMap { $0.isEmpty ? nil : [$0] } ?? []
    }

    private func number(_ fields: LineFields, _ field: LineFields.Field) throws(ReplayProblem) -> Int {
        let value = try text(fields, field)
        guard let number = Int(value), number >= 0 else { throw .badValue(key: field.key, value: value) }
        return number
    }

    private func status(_ text: String) throws(ReplayProblem) -> ActionStatus {
        guard let status = ActionStatus(rawValue: text) else { throw .badValue(key: "status", value: text) }
        return status
    }
}
