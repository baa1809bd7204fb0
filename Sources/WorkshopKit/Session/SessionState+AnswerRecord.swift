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
    public var answerRecords: [AnswerRecord] {
        var records: [AnswerRecord] = []
        forEachCurrentAnswer { key, answer, entry in
            guard ids.isInForce(key) else { return }
            let cell = ids.cell(key)
            var note: String?
            if case let .note(index) = entry.payload, !notes[Int(index)].note.text.isEmpty { note = notes[Int(index)].note.text }
            records.append(AnswerRecord(
                activity: cell.activity, persona: cell.persona, group: cell.group, criterion: cell.criterion,
                answer: answer, note: note, at: entry.at, by: people[Int32(entry.by)]))
        }
        return records
    }
}
