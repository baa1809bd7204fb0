/// A readable account of everything that happened in a session.
public struct LogLine: Hashable, Sendable {
    public var at: Int64
    public var by: String
    public var text: String
    /// False when a later undo took this change back.
    public var isActive: Bool
}

extension SessionState {
    /// Every record, oldest first, start included.
    public var log: [LogLine] {
        var lines = [LogLine(at: startedAt, by: startedBy, text: "start session '\(sessionID)' from plan '\(plan.id)'",
                             isActive: true)]
        for index in entries.indices {
            let entry = entries[index]
            lines.append(LogLine(at: entry.at, by: people[Int32(entry.by)], text: describe(index), isActive: entry.active))
        }
        return lines
    }

    /// One entry in words, as `log` shows it and `undo` reports it.
    public func describe(_ index: Int) -> String {
        let entry = entries[index]
        switch entry.kind {
        case .answer:
            let cell = describe(cell: entry.cell)
            let answer = entry.value == Entry.unsure ? Answer.unsure : .level(Int(entry.value))
            let note = entry.extra >= 0 ? " — \"\(notes[Int(entry.extra)].text)\"" : ""
            return "score \(cell) = \(answer.display(on: plan.scale))\(note)"
        case .withdraw:
            return "withdraw \(describe(cell: entry.cell))"
        case .note:
            let note = notes[Int(entry.extra)]
            let place = [note.activity, note.persona, note.group, note.criterion, note.prompt.map { "prompt \($0)" }]
                .compactMap { $0 }
            return "note on \(place.isEmpty ? "the session" : place.joined(separator: " · ")): \"\(note.text)\""
        case .addActivity:
            return "add activity '\(activityIDs[entry.extra])'"
        case .addGroup:
            return "add group '\(groupIDs[entry.extra])'"
        case .undo:
            return "undo: \(describe(Int(entry.extra)))"
        case .redo:
            return "redo: \(describe(Int(entry.extra)))"
        case .close:
            return "close session"
        case .weight:
            let record = weightRecords[Int(entry.extra)]
            return "weight of \(plan.personas[record.persona]) set to \(NumberText.rounded(record.weight))"
        case .start:
            return "start"
        }
    }

    func describe(cell: Int32) -> String {
        unpack(cellKeys[Int(cell)]).display
    }
}
