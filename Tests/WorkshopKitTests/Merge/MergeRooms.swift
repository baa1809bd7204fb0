import Foundation
@testable import WorkshopKit

/// A random session recorded through the real `Session` API by three people, then cut into one
/// journal per person (each keeping some of the others' records too, as copies passed around do):
/// what the merge property tests merge back together.
struct MergeRooms {
    let fixture: SessionFixture
    /// The journal with every record, as one laptop would have written it.
    let whole: [UInt8]
    /// One journal per person: the start line, that person's records and a random share of the rest.
    let rooms: [[UInt8]]

    static let people = ["anna", "bea", "cy"]

    init(seed: UInt64, rooms count: Int = 3, changes: Int = 60) throws {
        var random = SplitMix(seed: seed)
        fixture = try SessionFixture()
        let session = try fixture.start(by: "anna")
        let activities = ["drop-in", "induction", "consultations"], personas = ["academic", "undergraduate"]
        let groups = ["table-1", "table-2"]
        var time = session.state.startedAt
        var added = 0
        for _ in 0..<changes {
            time += 1 + Int64(random.next(below: 5000))
            let person = Self.people[random.next(below: count)]
            let cell = Cell(
                activity: activities[random.next(below: 3)], persona: personas[random.next(below: 2)],
                group: groups[random.next(below: 2)])
            let change: Change
            switch random.next(below: 10) {
            case 0...4: change = .answer(cell, random.next(below: 6) == 0 ? .unsure : .level(random.next(below: 5)), note: nil)
            case 5: change = session.state.answer(for: cell) == nil ? .undo : .withdraw(cell)
            case 6: change = .note(NoteTarget(group: cell.group), text: "note \(random.next(below: 1000))")
            case 7:
                added += 1
                change = .addGroup("extra-\(added)")
            case 8: change = .undo
            default: change = .redo
            }
            // Refusals (nothing to undo, nothing to redo) write nothing: skipped, as at the prompt.
            _ = try? session.record(change, by: person, at: time)
        }
        whole = try fixture.journalBytes()
        let lines = whole.split(separator: 0x0a, omittingEmptySubsequences: true)
        var rooms: [[UInt8]] = []
        for person in Self.people.prefix(count) {
            var room = Array(lines[0]) + [0x0a]
            for line in lines.dropFirst() {
                let own = String(decoding: line, as: UTF8.self).contains("\"by\":\"\(person)\"")
                if own || random.next(below: 4) == 0 { room += Array(line) + [0x0a] }
            }
            rooms.append(room)
        }
        self.rooms = rooms
    }

    func journal(_ index: Int) throws -> MergeJournal {
        try MergeJournal(path: "room-\(index).jsonl", bytes: rooms[index])
    }

    /// What a merged (or whole) journal replays to, in the terms the tests compare.
    static func view(_ bytes: [UInt8]) throws -> View {
        let state = try SessionReplay.replay(JournalBytes(bytes), path: "merged").state
        return View(
            answers: state.currentAnswers.map { "\($0.cell.display)=\($0.answer)" }.sorted(),
            notes: state.activeNotes.map(\.text).sorted(),
            groups: state.activeGroups.sorted(),
            log: state.log.map { "\($0.at) \($0.by) \($0.text) \($0.isActive)" })
    }

    struct View: Equatable {
        var answers: [String]
        var notes: [String]
        var groups: [String]
        var log: [String]
    }
}

/// A small seeded generator, so a failing case can be run again.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next(below bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
