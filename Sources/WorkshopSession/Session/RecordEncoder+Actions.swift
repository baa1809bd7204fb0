import WorkshopModel

/// The journal lines of actions, carried actions and reviews. Every value is text, as the line
/// readers require; numbers are written as digits in quotes.
extension RecordEncoder {
    package func addAction(_ draft: ActionDraft, to line: inout JSONLine) throws(SessionError) {
        guard !draft.text.isEmpty else { throw .refused("an action needs its text") }
        line.add("number", String(state.actionBook.nextNumber))
        addWording(draft, to: &line)
        if let idea = draft.idea {
            guard state.ideaWall.idea(idea) != nil else { throw .refused("there is no idea \(RecordID.format(idea)) in this session") }
            line.add("idea", RecordID.format(idea))
        }
    }

    package func addCarry(_ action: Action, to line: inout JSONLine) {
        line.add("origin", RecordID.format(action.id))
        line.add("from", action.agreedIn)
        line.add("agreed", action.agreedOn)
        line.add("number", String(action.number))
        line.add("count", String(action.carries))
        line.add("status", action.earlierStatus?.rawValue)
        // A redacted action comes in blank, as it is on disk where it was agreed.
        addWording(ActionDraft(text: action.isRedacted ? "" : action.text, owners: action.owners, due: action.due, activity: action.activity,
                               persona: action.persona, prompt: action.prompt), to: &line)
        line.add("idea", action.idea.map(RecordID.format))
    }

    /// The action as worded: the same fields on an agreed and on a carried action.
    private func addWording(_ draft: ActionDraft, to line: inout JSONLine) {
        line.add("text", draft.text)
        line.add("owner", draft.owner)
        // Every owner when there are several; `owner` stays the first, for readers that know only it.
        // One owner is written as before, so such a line stays flat text for the fast reader.
        if draft.owners.count > 1 { line.addRaw("owners", json: JSONLine.array(draft.owners)) }
        line.add("due", draft.due?.text)
        line.add("activity", draft.activity)
        line.add("persona", draft.persona)
        line.add("prompt", draft.prompt)
    }

    package func addReview(_ action: Action, _ status: ActionStatus, note: String?, to line: inout JSONLine) throws(SessionError) {
        guard state.actionBook.index(of: action.id) != nil else { throw .unknownAction(action.label) }
        line.add("target", RecordID.format(action.id))
        line.add("status", status.rawValue)
        line.add("note", note)
    }
}
