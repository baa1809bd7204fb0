import Foundation
import Testing
@testable import WorkshopKit

/// Two rooms' journals merged in both directions and any number of times (issue 23): with
/// `--same-groups` the standing answers and what undo and redo would take back are the same whichever
/// side is merged into which, and merging again adds nothing; with `--room` the other room's answers
/// stand under the names the flag gives, and this room's as they stood.
struct TwoRoomsPropertyTests {
    func merge(_ ours: [UInt8], _ theirs: [UInt8], _ policy: GroupPolicy) throws -> [UInt8] {
        let journal = try MergeJournal(path: "ours.jsonl", bytes: ours)
        return try JournalMerge.merge(
            journal, with: [try MergeJournal(path: "theirs.jsonl", bytes: theirs)], groups: policy, session: "s1").bytes
    }

    @Test(arguments: 1...20)
    func withSameGroupsEitherDirectionStandsTheSame(seed: UInt64) throws {
        let people = [["fac", "anna"], ["fac", "bea"]]
        let rooms = try TwoRooms(seed: seed, people: people) { _, _ in .same }
        let (a, b) = (try rooms.bytes(0), try rooms.bytes(1))
        let everyone = ["fac", "anna", "bea", "setup"]
        let ab = try merge(a, b, .same), ba = try merge(b, a, .same)
        let view = try TwoRooms.view(ab, people: everyone)
        #expect(try TwoRooms.view(ba, people: everyone) == view, "seed \(seed): B+A stands as A+B")
        #expect(try Self.summaryJSON(ab) == Self.summaryJSON(ba), "seed \(seed): B+A summarises as A+B, intervals too")
        var again = ab
        for round in 0..<3 {
            again = try merge(again, round % 2 == 0 ? b : a, .ask)
            #expect(again == ab, "seed \(seed): merging a room again adds nothing")
        }
        #expect(try TwoRooms.view(merge(ab, ba, .ask), people: everyone) == view, "seed \(seed): A+B with B+A")
        #expect(try TwoRooms.view(merge(ba, ab, .ask), people: everyone) == view, "seed \(seed): B+A with A+B")
    }

    /// `summary --format json` of a merged journal, as its bytes.
    static func summaryJSON(_ bytes: [UInt8]) throws -> Data {
        let state = try SessionReplay.replay(JournalBytes(bytes), path: "merged").state
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(SessionSummary(state: state))
    }

    @Test(arguments: 1...20)
    func withRoomTheOtherRoomsAnswersStandUnderTheirNewNames(seed: UInt64) throws {
        let people = [["anna", "ann"], ["bea", "bo"]]
        // Room A merges room B as it goes, the first time told, then by the rule it kept; B never merges A.
        let rooms = try TwoRooms(seed: seed, people: people) { room, kept in
            room == 0 ? (kept ? .ask : .room("strand-b")) : nil
        }
        let (a, b) = (try rooms.bytes(0), try rooms.bytes(1))
        let replay = { (bytes: [UInt8]) in try SessionReplay.replay(JournalBytes(bytes), path: "m").state }
        let own = try TwoRooms.answers(replay(a)).filter { !$0.contains("strand-b_") }
        let others = try TwoRooms.answers(replay(b))
        let renamed = { (answers: [String], room: String) in
            answers.map { $0.replacing(/\ · ([a-z0-9-]+)=/) { " · \(room)_\($0.output.1)=" } }
        }
        let ab = try merge(a, b, .room("strand-b"))
        #expect(try TwoRooms.answers(replay(ab)) == (own + renamed(others, "strand-b")).sorted(), "seed \(seed): A+B")
        for policy in [GroupPolicy.ask, .room("strand-b"), .ask] {
            #expect(try merge(ab, b, policy) == ab, "seed \(seed): merging B again adds nothing")
        }
        let ba = try merge(b, a, .room("strand-a"))
        #expect(try TwoRooms.answers(replay(ba)) == (others + renamed(own, "strand-a")).sorted(), "seed \(seed): B+A")
    }
}
