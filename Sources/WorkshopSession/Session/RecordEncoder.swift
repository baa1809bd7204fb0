import WorkshopModel
import WorkshopSupport

/// Turns a change into its journal line, checking it against the session first.
package struct RecordEncoder {
    package let state: SessionState

    /// `batch` marks a line of a batch (a row) with the batch's id; `walk` an answer of a `rate` walk.
    package func line(for change: Change, by person: String, at time: Int64, id: UInt64 = RecordID.random(),
              batch: UInt64? = nil, walk: UInt64? = nil) throws(SessionError) -> [UInt8]
    {
        try refuseOverlongText(in: change)
        var line = JSONLine()
        line.add("type", kind(of: change).rawValue)
        line.add("id", RecordID.format(id))
        line.add("at", Timestamp.format(time))
        line.add("by", person)
        switch change {
        case let .answer(cell, answer, note):
            add(cell, to: &line)
            line.add("answer", answer.key(on: state.plan.scale))
            line.add("note", note)
        case let .withdraw(cell):
            guard state.answer(for: cell) != nil else {
                throw .noAnswerToWithdraw(cell: cell.display)
            }
            add(cell, to: &line)
        case let .note(target, text):
            line.add("activity", target.activity)
            line.add("persona", target.persona)
            line.add("group", target.group)
            line.add("criterion", target.criterion)
            line.add("prompt", target.prompt)
            line.add("text", text)
        case let .addActivity(activity):
            guard Identifier.isValid(activity.id) else { throw .invalidID(Identifier.Invalid(kind: "activity", id: activity.id)) }
            if state.activeActivities.contains(where: { $0.id == activity.id }) {
                throw .alreadyExists(kind: "activity", id: activity.id)
            }
            line.add("activity", activity.id)
            line.add("title", activity.title)
            line.add("description", activity.description.isEmpty ? nil : activity.description)
            line.add("stage", activity.stage)
        case let .addGroup(group):
            guard Identifier.isValid(group) else { throw .invalidID(Identifier.Invalid(kind: "group", id: group)) }
            if state.activeGroups.contains(group) { throw .alreadyExists(kind: "group", id: group) }
            line.add("group", group)
        case .undo:
            try refuseUndoPastRedaction(by: person)
            guard let target = state.undoCandidate(for: person) else { throw .nothingToUndo(person: person) }
            line.add("target", RecordID.format(state.entries[Int(target)].id))
        case .redo:
            guard let target = state.redoCandidate(for: person) else { throw .nothingToRedo(person: person) }
            line.add("target", RecordID.format(state.entries[Int(target)].id))
        case .close:
            break
        case let .weight(persona, weight):
            guard weight.isFinite, weight >= 0 else {
                throw .refused("a weight must be a number of at least 0, e.g. 2")
            }
            line.add("persona", persona)
            line.add("weight", NumberText.exact(weight))
        case let .action(draft):
            try addAction(draft, to: &line)
        case let .carry(action):
            addCarry(action, to: &line)
        case let .review(action, status, note):
            try addReview(action, status, note: note, to: &line)
        case .idea, .editIdea, .markIdea, .theme, .renameTheme, .vote, .dots:
            try addIdeaChange(change, to: &line)
        }
        // A kind newer than format 4 names its format, so an older reader refuses it as newer, not damaged.
        if kind(of: change).introducedIn > 4 { line.add("format", String(kind(of: change).introducedIn)) }
        line.add("batch", batch.map(RecordID.format))
        line.add("walk", walk.map(RecordID.format))
        return line.finished()
    }

    private func add(_ cell: Cell, to line: inout JSONLine) {
        line.add("activity", cell.activity)
        line.add("persona", cell.persona)
        line.add("group", cell.group)
        line.add("criterion", cell.criterion)
    }

    private func kind(of change: Change) -> RecordKind {
        switch change {
        case .answer: return .answer
        case .withdraw: return .withdraw
        case .note: return .note
        case .addActivity: return .addActivity
        case .addGroup: return .addGroup
        case .undo: return .undo
        case .redo: return .redo
        case .close: return .close
        case .weight: return .weight
        case .action: return .action
        case .carry: return .carry
        case .review: return .review
        case .idea: return .idea
        case .editIdea: return .ideaEdit
        case .markIdea: return .ideaMark
        case .theme: return .theme
        case .renameTheme: return .themeRename
        case .vote: return .vote
        case .dots: return .dot
        }
    }
}
