/// Everything a session's journal says, replayed into memory: the plan as used, every record, and
/// the current answer of every cell.
public struct SessionState: Sendable {
    /// One replayed record after `start`. Kept small: a million of them must fit in memory easily.
    struct Entry: Sendable {
        var id: UInt64
        var at: Int64
        var cell: Int32
        /// Answer records: note index or -1. Undo and redo: the target entry. Notes: the note index.
        var extra: Int32
        var by: Int16
        /// Answer: level index, `unsure`; withdraw: `withdrawn`.
        var value: Int16
        var kind: RecordKind
        var active: Bool

        static let unsure: Int16 = -1
        static let withdrawn: Int16 = -2
    }

    public let sessionID: String
    /// The plan as snapshotted at start, with activities and groups added during the session.
    public internal(set) var plan: Plan
    public let personas: [Persona]
    public let startedAt: Int64
    public let startedBy: String
    public internal(set) var isClosed = false

    var entries: [Entry] = []
    var activityIDs = ByteInterner()
    var activityActive: [Bool] = []
    var personaIDs = ByteInterner()
    var groupIDs = ByteInterner()
    var groupActive: [Bool] = []
    var criterionIDs = ByteInterner()
    var answerKeys = ByteInterner()
    /// For each interned answer key: the level index, `Entry.unsure`, or `invalidAnswer`.
    var answerLevels: [Int16] = []
    var people = ByteInterner()
    var cellIndex = CellTable()
    var cellKeys: [UInt64] = []
    /// For each cell, its newest answer or withdrawal entry (active or not), or -1; each entry links
    /// to the one before it in `previousInCell`, so undo can walk a cell's history back.
    var cellNewest: [Int32] = []
    var previousInCell: [Int32] = []
    /// The entry holding each cell's current answer or withdrawal, or -1.
    var cellCurrent: [Int32] = []
    var notes: [Note] = []
    /// The entries that carry a note (note records and answers with a note), so listing notes never
    /// walks every record.
    var noteEntries: [Int32] = []
    /// Weight records: the persona's index and the weight, by entry.
    var weightRecords: [(entry: Int32, persona: Int, weight: Double)] = []
    var undoStacks: [[Int32]] = []
    var redoStacks: [[Int32]] = []

    static let invalidAnswer: Int16 = .min
    static let implicitCriterion = ""
    /// The one group of a plan that lists none: the whole room.
    public static let defaultGroup = "room"

    init(sessionID: String, plan: Plan, personas: [Persona], at: Int64, by: String) {
        self.sessionID = sessionID
        self.plan = plan
        self.personas = personas
        self.startedAt = at
        self.startedBy = by
        for activity in plan.activities {
            _ = activityIDs.intern(activity.id)
            activityActive.append(true)
        }
        for persona in plan.personas { _ = personaIDs.intern(persona) }
        for group in plan.groups.isEmpty ? [Self.defaultGroup] : plan.groups {
            _ = groupIDs.intern(group)
            groupActive.append(true)
        }
        if plan.criteria.isEmpty {
            _ = criterionIDs.intern(Self.implicitCriterion)
        } else {
            for criterion in plan.criteria { _ = criterionIDs.intern(criterion.id) }
        }
    }

    /// How many records follow `start`.
    public var recordCount: Int { entries.count }

    static func pack(activity: Int32, persona: Int32, group: Int32, criterion: Int32) -> UInt64 {
        UInt64(UInt16(activity)) << 48 | UInt64(UInt16(persona)) << 32 | UInt64(UInt16(group)) << 16
            | UInt64(UInt16(criterion))
    }

    func unpack(_ key: UInt64) -> Cell {
        let criterion = criterionIDs[Int32(key & 0xffff)]
        return Cell(
            activity: activityIDs[Int32(key >> 48)], persona: personaIDs[Int32(key >> 32 & 0xffff)],
            group: groupIDs[Int32(key >> 16 & 0xffff)], criterion: criterion.isEmpty ? nil : criterion)
    }

    /// The current answer of a cell, if it has one.
    public func answer(for cell: Cell) -> Answer? {
        guard let index = cellIndex(of: cell) else { return nil }
        return currentAnswer(ofCell: Int(index))
    }

    func currentAnswer(ofCell index: Int) -> Answer? {
        let entry = cellCurrent[index]
        guard entry >= 0 else { return nil }
        let value = entries[Int(entry)].value
        if value == Entry.withdrawn { return nil }
        return value == Entry.unsure ? .unsure : .level(Int(value))
    }

    func cellIndex(of cell: Cell) -> Int32? {
        guard let activity = activityIDs.index(of: cell.activity), let persona = personaIDs.index(of: cell.persona),
              let group = groupIDs.index(of: cell.group),
              let criterion = criterionIDs.index(of: cell.criterion ?? Self.implicitCriterion)
        else { return nil }
        return cellIndex[Self.pack(activity: activity, persona: persona, group: group, criterion: criterion)]
    }

    /// Every cell with a current answer (withdrawn cells are left out).
    public var currentAnswers: [(cell: Cell, answer: Answer)] {
        cellKeys.indices.compactMap { index in
            currentAnswer(ofCell: index).map { (unpack(cellKeys[index]), $0) }
        }
    }

    /// Persona weights set for this session with `weight` records (the newest standing one wins).
    public var weightOverrides: [String: Double] {
        var result: [String: Double] = [:]
        for record in weightRecords where entries[Int(record.entry)].active {
            result[plan.personas[record.persona]] = record.weight
        }
        return result
    }

    /// Notes, on their own or kept with an answer, that have not been undone, in the order made.
    public var activeNotes: [Note] {
        noteEntries.compactMap { index in
            let entry = entries[Int(index)]
            return entry.active ? notes[Int(entry.extra)] : nil
        }
    }

    /// Groups that have not been removed by undoing their addition, in order.
    public var activeGroups: [String] {
        groupIDs.strings.indices.filter { groupActive[$0] }.map { groupIDs.strings[$0] }
    }

    /// Activities that have not been removed by undoing their addition, in order.
    public var activeActivities: [Activity] {
        plan.activities.indices.filter { activityActive[$0] }.map { plan.activities[$0] }
    }
}

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
        cellKeys.indices.compactMap { index in
            let entryIndex = cellCurrent[index]
            guard entryIndex >= 0, let answer = currentAnswer(ofCell: index) else { return nil }
            let key = cellKeys[index]
            guard activityActive[Int(key >> 48)], groupActive[Int(key >> 16 & 0xffff)] else { return nil }
            let entry = entries[Int(entryIndex)]
            let cell = unpack(key)
            return AnswerRecord(
                activity: cell.activity, persona: cell.persona, group: cell.group, criterion: cell.criterion,
                answer: answer, note: entry.extra >= 0 ? notes[Int(entry.extra)].text : nil, at: entry.at,
                by: people[Int32(entry.by)])
        }
    }
}
