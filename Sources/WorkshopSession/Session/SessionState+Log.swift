import WorkshopSupport

/// A readable account of everything that happened in a session.
public struct LogLine: Hashable, Sendable {
    /// The record's id (`redact` names a record by it).
    public var id: UInt64
    public var at: Int64
    public var by: String
    public var text: String
    /// False when a later undo took this change back.
    public var isActive: Bool
}

extension SessionState {
    /// Every record, oldest first, start included.
    public var log: [LogLine] {
        var lines = [LogLine(id: startID, at: startedAt, by: startedBy, text: "start session '\(sessionID)' from plan '\(plan.id)'",
                             isActive: true)]
        for index in entries.indices {
            let entry = entries[index]
            lines.append(LogLine(id: entry.id, at: entry.at, by: people[Int32(entry.by)], text: describe(index), isActive: entry.active))
        }
        return lines
    }

    /// One entry in words, as `log` shows it and `undo` reports it.
    public func describe(_ index: Int) -> String {
        let entry = entries[index]
        switch (entry.kind, entry.payload) {
        case let (.answer, .note(index)):
            let text = notes[Int(index)].note.text
            return describe(answer: entry) + (text.isEmpty ? " — [note redacted]" : " — \"\(text)\"")
        case (.answer, _):
            return describe(answer: entry)
        case (.withdraw, _):
            return "withdraw \(describe(cell: entry.cell))"
        case let (.note, .note(index)):
            let note = notes[Int(index)].note
            let place = [note.activity, note.persona, note.group, note.criterion, note.prompt.map { "prompt \($0)" }]
                .compactMap { $0 }
            return "note on \(place.isEmpty ? "the session" : place.joined(separator: " · ")): "
                + (note.text.isEmpty ? "[redacted]" : "\"\(note.text)\"")
        case let (.addActivity, .activity(activity)):
            return "add activity '\(ids.activities[activity])'"
        case let (.addGroup, .group(group)):
            return "add group '\(ids.groups[group])'"
        case let (.undo, .target(target)):
            return "undo: \(describe(Int(target)))"
        case let (.redo, .target(target)):
            return "redo: \(describe(Int(target)))"
        case (.close, _):
            return "close session"
        case let (.weight, .weight(index)):
            let record = weights[Int(index)]
            return "weight of \(plan.personas[record.persona]) set to \(NumberText.rounded(record.weight))"
        case let (.action, .action(index)):
            return "action \(actionBook.actions[Int(index)].action.described)"
        case let (.carry, .action(index)):
            let action = actionBook.actions[Int(index)].action
            return "carry \(action.described) from '\(action.agreedIn)'"
        case let (.review, .review(index)):
            let review = actionBook.reviews[Int(index)]
            let action = actionBook.actions[review.action].action
            return "review \(action.label): \(review.review.status.rawValue)" + (review.review.note.map { " — \"\($0)\"" } ?? "")
        case let (.redact, .redaction(index)):
            let redaction = redactions[Int(index)], target = entries[Int(redaction.target)]
            return "redact \(target.kind.rawValue) \(Self.shortID(target.id)): \"\(redaction.reason)\""
        case (.batch, _):
            return describe(batch: Int32(index))
        case let (_, .idea(event)):
            return describe(ideaEvent: Int(event))
        case (.mergeRule, _):
            return "merge rule: how another copy's groups merge, kept for its next merge"
        case (.start, _), (.note, _), (.addActivity, _), (.addGroup, _), (.undo, _), (.redo, _), (.weight, _),
             (.action, _), (.carry, _), (.review, _), (.redact, _), (.idea, _), (.ideaEdit, _), (.ideaMark, _), (.theme, _),
             (.themeRename, _), (.vote, _), (.dot, _):
            // Start is never an entry, and apply gives every other kind its payload.
            return entry.kind.rawValue
        }
    }

    /// "row for undergraduate · table-3: 14 answers", or what else a batch holds.
    private func describe(batch header: Int32) -> String {
        let members = members(ofBatch: header).filter { Int($0) < entries.count }.map { entries[Int($0)] }
        let cells = Set(members.map { entry in
            entry.kind == .answer ? ids.cell(self.cells.key(of: Int(entry.cell))).persona + " · "
                + ids.cell(self.cells.key(of: Int(entry.cell))).group : "" })
        if cells.count == 1, let place = cells.first, !place.isEmpty {
            return "row for \(place): \(members.count) answer\(members.count == 1 ? "" : "s")"
        }
        if members.allSatisfy({ $0.kind == .undo || $0.kind == .redo }), let first = members.first {
            return "\(first.kind.rawValue) of \(members.count) changes"
        }
        return "batch of \(members.count) records"
    }

    private func describe(answer entry: Entry) -> String {
        "score \(describe(cell: entry.cell)) = \(Self.answer(entry.value)?.display(on: plan.scale) ?? "")"
    }

    private func describe(cell: Int32) -> String {
        ids.cell(cells.key(of: Int(cell))).display
    }
}
