import Foundation
@testable import WorkshopKit

/// Two rooms that each started session s1 of one plan (two start records) and record at once, on
/// one clock that often does not move between records (a script, a phone's batch): answers and
/// corrections, withdrawals, undos and redos, a late table and a late activity added in both rooms.
/// Now and then a room merges the other's journal as it stands, and goes on recording.
struct TwoRooms {
    let fixtures: [SessionFixture]
    let sessions: [Session]
    /// Who records in each room; "setup" adds tables and activities and never undoes.
    let people: [[String]]

    static let activities = ["drop-in", "induction", "late-act"]
    static let groups = ["table-1", "table-2", "late"]

    /// `sync` is the policy a room merges the other's journal with mid-way (nil: never), told whether
    /// that room already keeps a rule for the other.
    init(seed: UInt64, changes: Int = 100, people: [[String]], sync: (_ room: Int, _ ruleKept: Bool) -> GroupPolicy?) throws {
        var random = SplitMix(seed: seed)
        fixtures = [try SessionFixture(), try SessionFixture()]
        let plan = try fixtures[0].project.plan("stirling-2015")
        var time = Timestamp.now()
        sessions = try fixtures.map { fixture in
            time += 1
            return try Session.start(
                plan: plan, personas: fixture.project.personas(of: plan), root: fixture.root, id: "s1", by: "setup", at: time)
        }
        self.people = people
        var ruleKept = [false, false]
        for _ in 0..<changes {
            time += Int64(random.next(below: 3) == 0 ? 1 : 0)
            let room = random.next(below: 2), session = sessions[room]
            var person = people[room][random.next(below: people[room].count)]
            let state = session.state
            let groups = Self.groups.filter(state.activeGroups.contains)
            let activities = Self.activities.filter { id in state.activeActivities.contains { $0.id == id } }
            let cell = Cell(
                activity: activities[random.next(below: activities.count)],
                persona: ["academic", "undergraduate"][random.next(below: 2)], group: groups[random.next(below: groups.count)])
            let change: Change
            switch random.next(below: 16) {
            case 0...6: change = .answer(cell, .level(random.next(below: 5)), note: nil)
            case 7: change = .withdraw(cell)
            case 8, 9: change = .undo
            case 10: change = .redo
            case 11:
                person = "setup"
                change = .addGroup("late")
            case 12:
                person = "setup"
                change = .addActivity(Activity(id: "late-act", title: "Late activity", description: ""))
            default:
                if let policy = sync(room, ruleKept[room]) {
                    let other = try MergeJournal(path: "room-\(1 - room).jsonl", bytes: bytes(1 - room))
                    let report = try session.merge([other], groups: policy)
                    if !report.recordedRules.isEmpty { ruleKept[room] = true }
                }
                continue
            }
            // Refusals (nothing to undo, an answer already withdrawn) write nothing, as at the prompt.
            _ = try? session.record(change, by: person, at: time)
        }
    }

    func bytes(_ room: Int) throws -> [UInt8] { try fixtures[room].journalBytes("s1") }

    func journal(_ room: Int) throws -> MergeJournal { try MergeJournal(path: "room-\(room).jsonl", bytes: bytes(room)) }

    /// What a journal replays to: every standing answer, and what undo and redo would take for each person.
    static func view(_ bytes: [UInt8], people: [String]) throws -> View {
        let state = try SessionReplay.replay(JournalBytes(bytes), path: "merged").state
        return View(
            answers: answers(state),
            undo: people.map { person in state.undoCandidate(for: person).map { RecordID.format(state.recordID(Int($0))) } ?? "-" },
            redo: people.map { person in state.redoCandidate(for: person).map { RecordID.format(state.recordID(Int($0))) } ?? "-" })
    }

    static func answers(_ state: SessionState) -> [String] {
        state.currentAnswers.map { "\($0.cell.display)=\($0.answer)" }.sorted()
    }

    struct View: Equatable {
        var answers: [String]
        var undo: [String]
        var redo: [String]
    }
}
