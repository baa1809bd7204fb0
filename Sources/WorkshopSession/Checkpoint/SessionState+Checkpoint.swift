import Foundation
import WorkshopModel
import WorkshopSupport

/// A replayed state as a checkpoint holds it, and back: every part, so that a state read from a
/// checkpoint and then given the journal's later lines is the state a full replay gives (the
/// differential tests compare the two checkpoints byte for byte).
extension SessionState {
    package func write(to writer: inout BinaryWriter) throws {
        let json = JSONEncoder()
        json.outputFormatting = .sortedKeys  // the same state, the same bytes
        writer.string(sessionID)
        writer.ints(Array(try json.encode(plan)))
        writer.ints(Array(try json.encode(personas)))
        writer.int(startedAt)
        writer.string(startedBy)
        writer.int(Int64(format))
        writer.optional(self.writer)
        writer.int(startID)
        writer.bool(isClosed)
        EntryColumns.write(entries, to: &writer)
        guard writer.sinkAccepted else { return }  // abandoned: the rest would be dropped
        ids.write(to: &writer)
        cells.write(to: &writer)
        ledger.write(to: &writer)
        answerKeys.write(to: &writer)
        people.write(to: &writer)
        try NoteColumns.write(notes, to: &writer)
        writer.int(UInt32(weights.count))
        for (entry, persona, weight) in weights {
            writer.int(entry)
            writer.int(Int64(persona))
            writer.double(weight)
        }
        actionBook.write(to: &writer)
        writer.int(UInt32(redactions.count))
        for (entry, target, reason) in redactions {
            writer.int(entry)
            writer.int(target)
            writer.string(reason)
        }
        writer.ints(unblanked.sorted())
        walks.write(to: &writer)
        try ideaBoard.write(to: &writer)
    }

    /// Refused with `BinaryReader.Invalid` when anything is cut short or does not hold together (an
    /// index out of its list's range), so a damaged checkpoint can never make a state that crashes.
    package init(reading reader: inout BinaryReader, in file: MappedFile) throws(BinaryReader.Invalid) {
        let sessionID = try reader.string()
        let plan: Plan = try Self.json(&reader), personas: [Persona] = try Self.json(&reader)
        let startedAt = try reader.int(Int64.self), startedBy = try reader.string()
        let format = Int(try reader.int(Int64.self)), writer = try reader.optional(), startID = try reader.int(UInt64.self)
        self.init(sessionID: sessionID, plan: plan, personas: personas, at: startedAt, by: startedBy,
                  format: format, writer: writer, startID: startID)
        isClosed = try reader.bool()
        var columns = try EntryColumns(reading: &reader, in: file)
        let count = columns.count
        ids = try IDTable(reading: &reader)
        cells = try CellHistory(reading: &reader, in: file, entries: count)
        // The plan's activities and the activity ids grow together; every cell names ids there are.
        guard ids.activities.count == plan.activities.count, ids.personas.count == plan.personas.count,
              (0..<cells.count).allSatisfy({ ids.names(cells.key(of: $0)) })
        else { throw BinaryReader.Invalid() }
        ledger = try UndoLedger(reading: &reader, in: file, entries: count)
        answerKeys = try AnswerKeys(reading: &reader)
        people = try ByteInterner(reading: &reader)
        notes = NoteList(try NoteColumns(reading: &reader, in: file, entries: count))
        for _ in 0..<Int(try reader.int(UInt32.self)) {
            let entry = try Self.index(&reader, below: count), persona = Int(try reader.int(Int64.self))
            guard plan.personas.indices.contains(persona) else { throw BinaryReader.Invalid() }
            let weight = try reader.double()
            guard weight.isFinite, weight >= 0 else { throw BinaryReader.Invalid() }  // as replay refuses
            weights.append((entry, persona, weight))
        }
        actionBook = try ActionBook(reading: &reader, entries: count)
        for _ in 0..<Int(try reader.int(UInt32.self)) {
            redactions.append((try Self.index(&reader, below: count), try Self.index(&reader, below: count),
                               try reader.string()))
        }
        unblanked = Set(try reader.ints(UInt64.self))
        walks = try WalkMarks(reading: &reader, entries: count)
        ideaBoard = try IdeaBoard(reading: &reader, entries: count)
        // An entry names a person (a forged one reads as the first): so there must be one.
        guard count == 0 || people.count > 0 else { throw BinaryReader.Invalid() }
        columns.limits = limits
        entries = EntryList(columns)
    }

    /// How long each list an entry can point into is, for checking a checkpoint's entries.
    private var limits: EntryColumns.Limits {
        EntryColumns.Limits(
            cells: cells.count, people: people.count, levels: plan.scale.levels.count, notes: notes.count,
            activities: ids.activities.count, groups: ids.groups.count, weights: weights.count,
            actions: actionBook.actions.count, reviews: actionBook.reviews.count, redactions: redactions.count,
            ideas: ideaBoard.events.count)
    }

    private static func index(_ reader: inout BinaryReader, below count: Int) throws(BinaryReader.Invalid) -> Int32 {
        let index = try reader.int(Int32.self)
        guard index >= 0, Int(index) < count else { throw BinaryReader.Invalid() }
        return index
    }

    private static func json<T: Decodable>(_ reader: inout BinaryReader) throws(BinaryReader.Invalid) -> T {
        let bytes: [UInt8] = try reader.ints()
        guard let value = try? JSONDecoder().decode(T.self, from: Data(bytes)) else { throw BinaryReader.Invalid() }
        return value
    }
}
