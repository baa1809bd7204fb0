import Foundation
import Testing
@testable import WorkshopKit
@testable import WorkshopMerge
@testable import WorkshopReports

/// The merge's rules one at a time: another plan refused, groups both sides answered in refused
/// until the facilitator says what they are, another room's groups renamed, a later snapshot's
/// activities added, undos across sides reported.
struct MergeRulesTests {
    /// Two sessions of `plan` started apart, in two folders: the second has `extra` in its plan.
    func twoStarts(extra: Activity? = nil, secondPlan: String = "stirling-2015") throws
        -> (SessionFixture, Session, SessionFixture, Session)
    {
        let first = try SessionFixture(), second = try SessionFixture()
        let a = try first.start(as: "s1")
        var plan = try second.project.plan(secondPlan)
        if let extra { plan.activities.append(extra) }
        let b = try Session.start(
            plan: plan, personas: second.project.personas(of: plan), root: second.root, id: "s1", by: "bea",
            at: a.state.startedAt + 10)
        return (first, a, second, b)
    }

    func journals(_ first: SessionFixture, _ second: SessionFixture, _ id: String = "s1") throws -> (MergeJournal, MergeJournal) {
        (try MergeJournal(path: "a.jsonl", bytes: first.journalBytes(id)),
         try MergeJournal(path: "b.jsonl", bytes: second.journalBytes(id)))
    }

    @Test func aJournalOfAnotherPlanIsRefused() throws {
        let (first, _, second, _) = try twoStarts(secondPlan: "stirling-2016")
        let (a, b) = try journals(first, second)
        #expect(throws: MergeRefusal.otherPlan(path: "b.jsonl", plan: "stirling-2016", expected: "stirling-2015")) {
            try JournalMerge.merge(a, with: [b], groups: .same, session: "s1")
        }
    }

    @Test func sameGroupIDsAreRefusedThenRenamedAsAnotherRoom() throws {
        let (first, a, second, b) = try twoStarts()
        let cell = first.cell("drop-in", "academic")
        try a.record(.answer(cell, .level(4), note: nil), by: "anna", at: a.state.startedAt + 100)
        try b.record(.answer(cell, .level(1), note: nil), by: "bea", at: a.state.startedAt + 200)
        try b.record(.note(NoteTarget(group: "table-1"), text: "loud table"), by: "bea", at: a.state.startedAt + 300)
        let (ja, jb) = try journals(first, second)
        #expect(throws: MergeRefusal.sameGroups(path: "b.jsonl", groups: ["table-1"])) {
            try JournalMerge.merge(ja, with: [jb], groups: .ask, session: "s1")
        }
        let merged = try JournalMerge.merge(ja, with: [jb], groups: .room("strand-b"), session: "s1")
        #expect(merged.report.renamedGroups == [MergeReport.Rename(from: "table-1", to: "strand-b_table-1")])
        let state = try SessionReplay.replay(JournalBytes(merged.bytes), path: "m").state
        #expect(state.answer(for: cell) == .level(4))
        #expect(state.answer(for: first.cell("drop-in", "academic", "strand-b_table-1")) == .level(1))
        #expect(state.activeNotes.map(\.target.group) == ["strand-b_table-1"])
        #expect(state.activeGroups.contains("strand-b_table-1"))
    }

    @Test func withSameGroupsTheLaterAnswerStandsAndIsReported() throws {
        let (first, a, second, b) = try twoStarts()
        let cell = first.cell("drop-in", "academic")
        try a.record(.answer(cell, .level(4), note: nil), by: "anna", at: a.state.startedAt + 300)
        try b.record(.answer(cell, .level(1), note: nil), by: "bea", at: a.state.startedAt + 200)
        let (ja, jb) = try journals(first, second)
        for (ours, theirs) in [(ja, jb), (jb, ja)] {
            let merged = try JournalMerge.merge(ours, with: [theirs], groups: .same, session: "s1")
            #expect(try SessionReplay.replay(JournalBytes(merged.bytes), path: "m").state.answer(for: cell) == .level(4))
            #expect(merged.report.differingCells.map { [$0.standing.answer, $0.replaced.answer, $0.standing.by] }
                == [["5", "2", "anna"]], "level 4 of 1-5 is key 5")
        }
    }

    @Test func anActivityOnlyTheLaterSnapshotHasIsAddedByARecord() throws {
        let extra = Activity(id: "clinic", title: "Thesis clinic", description: "Weekly")
        let (first, a, second, b) = try twoStarts(extra: extra)
        try b.record(.answer(Cell(activity: "clinic", persona: "academic", group: "table-2"), .level(2), note: nil),
                     by: "bea", at: a.state.startedAt + 50)
        let (ja, jb) = try journals(first, second)
        let ab = try JournalMerge.merge(ja, with: [jb], groups: .ask, session: "s1")
        let ba = try JournalMerge.merge(jb, with: [ja], groups: .ask, session: "s1")
        #expect(ab.bytes == ba.bytes, "the earlier start record is kept either way")
        #expect(ab.report.addedFromSnapshot == ["activity 'clinic'"])
        let state = try SessionReplay.replay(JournalBytes(ab.bytes), path: "m").state
        #expect(state.startID == a.state.startID)
        #expect(state.activeActivities.last == extra)
        #expect(state.answer(for: Cell(activity: "clinic", persona: "academic", group: "table-2")) == .level(2))
        let again = try JournalMerge.merge(try MergeJournal(path: "m", bytes: ab.bytes), with: [jb], groups: .ask, session: "s1")
        #expect(again.bytes == ab.bytes && again.report.added == 0)
    }

    @Test func anUndoOfTheOtherSidesRecordIsReported() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start(as: "s1")
        let cell = fixture.cell("drop-in", "academic")
        try session.record(.answer(cell, .level(3), note: nil), by: "bea", at: session.state.startedAt + 10)
        let base = try fixture.journalBytes("s1")
        try session.record(.undo, by: "bea", at: session.state.startedAt + 20)
        let withUndo = try fixture.journalBytes("s1")
        // Ours lacks the answer (a copy from before it), theirs has answer and undo: nothing crosses.
        // Ours has the undo but not the answer; theirs has the answer: the undo crosses sides.
        let lines = withUndo.split(separator: 0x0a)
        let ours = Array(lines[0]) + [0x0a] + Array(lines[2]) + [0x0a]
        let merged = try JournalMerge.merge(
            try MergeJournal(path: "ours", bytes: ours), with: [try MergeJournal(path: "theirs", bytes: base)],
            groups: .same, session: "s1")
        #expect(merged.bytes == withUndo)
        #expect(merged.report.crossUndos.map(\.path) == ["ours"])
    }
}
