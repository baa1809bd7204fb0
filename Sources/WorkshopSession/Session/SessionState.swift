import WorkshopModel

/// Everything a session's journal says, replayed into memory: the plan as used, every record, and
/// the current answer of every cell. Its parts each keep one concern: `IDTable` the ids,
/// `CellHistory` each cell's answers over time, `UndoLedger` who can undo what.
public struct SessionState: Sendable {
    public let sessionID: String
    /// The plan as snapshotted at start, with activities and groups added during the session.
    public package(set) var plan: Plan
    public let personas: [Persona]
    public let startedAt: Int64
    public let startedBy: String
    /// The journal format the session was started in, and the program that started it.
    public let format: Int
    public let writer: String?
    public package(set) var isClosed = false

    /// Every record after `start`, in journal order; other parts name an entry by its index here.
    package var entries = EntryList()
    package var ids: IDTable
    package var cells = CellHistory()
    package var ledger = UndoLedger()
    package var answerKeys = AnswerKeys()
    /// The people who made records (`by`), for `Entry.by`.
    package var people = ByteInterner()
    /// Notes, on their own or kept with an answer, with the entry that made each, in the order made,
    /// so listing notes never walks every record.
    package var notes = NoteList()
    /// Weight records: the entry, the persona's index in the plan and the weight.
    package var weights: [(entry: Int32, persona: Int, weight: Double)] = []
    /// Actions agreed or carried in, and their reviews.
    package var actionBook: ActionBook
    /// Ideas, themes, votes and dots, each with its entry.
    package var ideaBoard = IdeaBoard()
    /// Redact records: the entry, the entry it redacts and why.
    package var redactions: [(entry: Int32, target: Int32, reason: String)] = []
    /// Records redacted whose line still held text when replayed (a merge of an old copy, a
    /// rewrite a crash cut short): blanked in memory, and on disk when next opened for writing.
    package var unblanked: Set<UInt64> = []
    /// The start record's id.
    public let startID: UInt64
    /// A batch whose lines are still being applied; a replay that ends inside one sets it aside.
    package var openBatch: OpenBatch?
    /// The answers of `rate` walks, by walk.
    package var walks = WalkMarks()

    /// The one group of a plan that lists none: the whole room.
    public static let defaultGroup = "room"

    package init(sessionID: String, plan: Plan, personas: [Persona], at: Int64, by: String,
         format: Int = JournalFormat.current, writer: String? = JournalFormat.writer, actionBase: Int = 0,
         startID: UInt64 = 0) {
        self.actionBook = ActionBook(base: actionBase)
        self.startID = startID
        self.format = format
        self.writer = writer
        self.sessionID = sessionID
        self.plan = plan
        self.personas = personas
        self.startedAt = at
        self.startedBy = by
        self.ids = IDTable(plan: plan, defaultGroup: Self.defaultGroup)
    }

    /// How many records follow `start`.
    public var recordCount: Int { entries.count }

    /// The current answer of a cell, if it has one.
    public func answer(for cell: Cell) -> Answer? {
        guard let key = ids.key(of: cell), let index = cells.cell(of: key) else { return nil }
        return currentAnswer(ofCell: Int(index))
    }

    /// The answer of a cell's current entry; nil when it has none or it was withdrawn.
    package func currentAnswer(ofCell cell: Int) -> Answer? {
        cells.current(of: cell).flatMap { Self.answer(entries[Int($0)].value) }
    }

    package static func answer(_ value: Int16) -> Answer? {
        switch value {
        case Entry.withdrawn: return nil
        case Entry.unsure: return .unsure
        default: return .level(Int(value))
        }
    }

    /// Calls `body` for every cell with a current answer (withdrawn cells are left out), in the
    /// order the cells were first answered, with the entry that holds the answer.
    package func forEachCurrentAnswer(_ body: (CellKey, Answer, Entry) throws -> Void) rethrows {
        for cell in 0..<cells.count {
            guard let index = cells.current(of: cell) else { continue }
            let entry = entries[Int(index)]
            guard let answer = Self.answer(entry.value) else { continue }
            try body(cells.key(of: cell), answer, entry)
        }
    }

    /// Every cell with a current answer (withdrawn cells are left out).
    public var currentAnswers: [(cell: Cell, answer: Answer)] {
        var result: [(cell: Cell, answer: Answer)] = []
        forEachCurrentAnswer { key, answer, _ in result.append((ids.cell(key), answer)) }
        return result
    }

    /// Persona weights set for this session with `weight` records (the newest standing one wins).
    public var weightOverrides: [String: Double] {
        var result: [String: Double] = [:]
        for record in weights where entries[Int(record.entry)].active {
            result[plan.personas[record.persona]] = record.weight
        }
        return result
    }

    /// Notes, on their own or kept with an answer, that have not been undone or redacted, in the order made.
    public var activeNotes: [Note] {
        notes.compactMap { entries[Int($0.entry)].active && !$0.note.text.isEmpty ? $0.note : nil }
    }

    /// Groups that have not been removed by undoing their addition, in order.
    public var activeGroups: [String] {
        ids.groups.indexesInForce.map { ids.groups[Int32($0)] }
    }

    /// Activities that have not been removed by undoing their addition, in order.
    public var activeActivities: [Activity] {
        // The plan's activities and the activity ids are added together, so their indexes agree.
        ids.activities.indexesInForce.map { plan.activities[$0] }
    }

    /// Records by what became of them, for `status`: answers still standing (replaced or not) and
    /// changes taken back by undo.
    package var recordTotals: (activeAnswers: Int, undone: Int) {
        var activeAnswers = 0, undone = 0
        // A row's head is not a change of its own: its lines are counted.
        for entry in entries where entry.kind != .batch {
            if !entry.active {
                undone += 1
            } else if entry.kind == .answer {
                activeAnswers += 1
            }
        }
        return (activeAnswers, undone)
    }
}
