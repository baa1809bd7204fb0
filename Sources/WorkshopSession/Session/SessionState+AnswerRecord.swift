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
    /// Its note is every note kept with an answer to its cell, then the notes recorded on its cell on
    /// their own (a phone's "Save note"), one a line: those stay with the cell whichever answer
    /// stands. A note kept with an answer that a later one replaced (a phone's answer with a note, then
    /// the table's own score) is still in force, as the Notes sheet shows it, so it is kept here too.
    public var answerRecords: [AnswerRecord] {
        let onCells = notesOnCells, withAnswers = notesWithAnswers
        var records: [AnswerRecord] = []
        forEachCurrentAnswer { key, answer, entry in
            guard ids.isInForce(key) else { return }
            let cell = ids.cell(key)
            var texts = withAnswers[entry.cell] ?? []
            texts += onCells[NoteTarget(cell: cell)] ?? []
            records.append(AnswerRecord(
                activity: cell.activity, persona: cell.persona, group: cell.group, criterion: cell.criterion,
                answer: answer, note: texts.isEmpty ? nil : texts.joined(separator: "\n"), at: entry.at,
                by: people[Int32(entry.by)]))
        }
        return records
    }

    /// The texts of notes kept with answers in force (undone ones left out), by the cell in
    /// `CellHistory`, in the order written, whichever answer now stands.
    private var notesWithAnswers: [Int32: [String]] {
        var result: [Int32: [String]] = [:]
        for kept in notes {
            let entry = entries[Int(kept.entry)]
            guard entry.active, entry.kind == .answer, entry.cell >= 0, !kept.note.text.isEmpty else { continue }
            result[entry.cell, default: []].append(kept.note.text)
        }
        return result
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
