extension ExportInput {
    /// The notes table (XLSX only): what each note is on, the prompt's question, the note, who wrote it and when.
    public static let noteColumns = [
        "activity", "persona", "group", "criterion", "prompt", "question", "text", "by", "time",
    ]

    /// One row per note in force, in the order they were written: notes kept with an answer and
    /// notes on the whole session, a prompt, an activity, a persona or a group alike.
    public var noteRows: [[ExportCell]] {
        let questions = Dictionary(prompts.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        return summary.notes.map { note in
            let fields = [note.activity, note.persona, note.group, note.criterion, note.prompt, note.prompt.flatMap { questions[$0] }]
            return fields.map { $0.map(ExportCell.text) ?? .empty } + [.text(note.text), .text(note.by), .time(note.at)]
        }
    }
}
