import Foundation
import Testing
@testable import WorkshopKit
@testable import WorkshopMerge

/// Two rooms' ideas, themes and dots merged: both rooms' ideas kept, another room's groups renamed
/// on its ideas and dots, records pointing at ideas by id so a renumbering never re-points one.
struct IdeaMergeTests {
    private func twoRooms() throws -> (SessionFixture, Session, SessionFixture, Session) {
        let first = try SessionFixture(), second = try SessionFixture()
        let a = try first.start(as: "s1")
        let plan = try second.project.plan("stirling-2015")
        let b = try Session.start(plan: plan, personas: second.project.personas(of: plan), root: second.root, id: "s1", by: "bea",
                                  at: a.state.startedAt + 10)
        for (room, session) in [("a", a), ("b", b)] {
            let base = session.state.startedAt
            var ids: [UInt64] = []
            for (offset, group) in ["table-1", "table-2"].enumerated() {
                let index = try session.record(.idea(IdeaDraft(prompt: "try-first", group: group, text: "\(room) from \(group)")),
                                               by: "phone:\(group)", at: base + 100 + Int64(offset))
                ids.append(session.state.entries[index].id)
            }
            try session.record(.theme("Timing", ideas: ids), by: "anna", at: base + 200)
            try session.record(.vote(Vote(prompt: "try-first", on: .ideas, dots: 3)), by: "anna", at: base + 300)
            try session.record(.dots(group: "table-1", prompt: "try-first", item: .idea(ids[1]), count: 2), by: "phone:table-1",
                               at: base + 400)
        }
        return (first, a, second, b)
    }

    @Test func bothRoomsIdeasAreKeptAndTheOtherRoomsGroupsRenamed() throws {
        let (first, _, second, _) = try twoRooms()
        let a = try MergeJournal(path: "a.jsonl", bytes: first.journalBytes("s1"))
        let b = try MergeJournal(path: "b.jsonl", bytes: second.journalBytes("s1"))
        let merged = try JournalMerge.merge(a, with: [b], groups: .room("b"), session: "s1")
        let wall = try SessionReplay.replay(JournalBytes(merged.bytes), path: "m").state.ideaWall
        #expect(Set(wall.ideas.map(\.text)) == ["a from table-1", "a from table-2", "b from table-1", "b from table-2"])
        #expect(Set(wall.ideas.map(\.group)) == ["table-1", "table-2", "b_table-1", "b_table-2"])
        // One theme of the same name; each room's dots on its own idea, the other room's under its new name.
        #expect(wall.allThemes == ["Timing"])
        #expect(Set(wall.ideas.map(\.theme)) == ["Timing"])
        #expect(wall.placed(by: "b_table-1", prompt: "try-first").values.reduce(0, +) == 2)
        #expect(wall.placed(by: "table-1", prompt: "try-first").values.reduce(0, +) == 2)
        // A+B and B+A hold the same ideas under the same ids, whatever their numbers.
        let other = try JournalMerge.merge(b, with: [a], groups: .room("a"), session: "s1")
        let otherWall = try SessionReplay.replay(JournalBytes(other.bytes), path: "m").state.ideaWall
        #expect(Set(otherWall.ideas.map(\.id)) == Set(wall.ideas.map(\.id)))
        // Merging the result again adds nothing, byte for byte.
        let again = try JournalMerge.merge(try MergeJournal(path: "m.jsonl", bytes: merged.bytes), with: [b], groups: .room("b"),
                                           session: "s1")
        #expect(again.bytes == merged.bytes)
    }

    @Test func aMergedSessionOnDiskKeepsItsIdeasThroughAReopen() throws {
        let (first, a, second, _) = try twoRooms()
        let other = try MergeJournal(path: "b.jsonl", bytes: second.journalBytes("s1"))
        try a.merge([other], groups: .room("b"))
        let reopened = try first.open("s1", writable: false).state.ideaWall
        #expect(reopened.ideas.count == 4)
        #expect(reopened == a.state.ideaWall)
    }
}
