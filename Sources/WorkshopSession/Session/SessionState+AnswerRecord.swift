extension SessionState {
    /// One current answer with everything the tidy export needs.
    public struct AnswerRecord: Hashable, Sendable {
        public var activity: String
        public var persona: String
        public var group: String
        public var criterion: String?
        public var answer: Answer
        public var note: String?
        public var at: Int64
        public var by: String
    }

    /// Every current answer (active activities and groups), in the order the cells were first answered.
    /// Its note is the answer's own, then the notes recorded on its cell on their own (a phone's
    /// "Save note"), one a line: those stay with the cell whichever answer stands.
    public var answerRecords: [AnswerRecord] {
        let onCells = notesOnCells
        var records: [AnswerRecord] = []
        forEachCurrentAnswer { key, answer, entry in
            guard ids.isInForce(key) else { return }
            let cell = ids.cell(key)
            var texts: [String] = []
            if case let .note(index) = entry.payload, !notes[Int(index)].note.text.isEmpty { texts.append(notes[Int(index)].note.text) }
            texts += onCells[NoteTarget(cell: cell)] ?? []
            records.append(AnswerRecord(
                activity: cell.activity, persona: cell.persona, group: cell.group, criterion: cell.criterion,
                answer: answer, note: texts.isEmpty ? nil : texts.joined(separator: "\n"), at: entry.at,
                by: people[Int32(entry.by)]))
        }
        return records
    }

    /// The texts of `note` records in force on a cell (activity, persona and group), by cell, in
    /// the order written.
    private var notesOnCells: [NoteTarget: [String]] {
        var result: [NoteTarget: [String]] = [:]
        for kept in notes where entries[Int(kept.entry)].active && entries[Int(kept.entry)].kind == .note {
            let target = kept.note.target
            guard !kept.note.text.isEmpty, target.activity != nil, target.persona != nil, target.group != nil,
                  target.prompt == nil
            else { continue }
            result[target, default: []].append(kept.note.text)
        }
        return result
    }
}
