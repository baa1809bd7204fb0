import Foundation
import Testing
@testable import WorkshopKit
@testable import WorkshopMerge
@testable import WorkshopReports

/// The merge's promises, on random sessions recorded by three people and cut into three rooms'
/// journals: merged in any order and any grouping they give the session as one journal holding
/// every record; merging is idempotent and commutative.
struct MergePropertyTests {
    func merge(_ ours: [UInt8], _ others: [[UInt8]]) throws -> [UInt8] {
        let journal = try MergeJournal(path: "ours.jsonl", bytes: ours)
        let rest = try others.enumerated().map { try MergeJournal(path: "other-\($0.offset).jsonl", bytes: $0.element) }
        return try JournalMerge.merge(journal, with: rest, groups: .same, session: journal.start.session).bytes
    }

    @Test(arguments: 1...25)
    func anyOrderAndGroupingGivesTheWholeSession(seed: UInt64) throws {
        let rooms = try MergeRooms(seed: seed)
        let (a, b, c) = (rooms.rooms[0], rooms.rooms[1], rooms.rooms[2])
        let expected = try MergeRooms.view(rooms.whole)
        let ways: [(String, [UInt8])] = [
            ("a+b+c", try merge(a, [b, c])),
            ("c+b+a", try merge(c, [b, a])),
            ("(a+b)+c", try merge(try merge(a, [b]), [c])),
            ("a+(b+c)", try merge(a, [try merge(b, [c])])),
            ("(c+a)+b", try merge(try merge(c, [a]), [b])),
            ("b+(c+a)", try merge(b, [try merge(c, [a])])),
        ]
        for (name, bytes) in ways {
            #expect(try MergeRooms.view(bytes) == expected, "seed \(seed): \(name)")
        }
        #expect(ways.allSatisfy { $0.1 == rooms.whole }, "seed \(seed): the whole journal, byte for byte")
    }

    @Test(arguments: 1...25)
    func mergingIsIdempotentAndCommutative(seed: UInt64) throws {
        let rooms = try MergeRooms(seed: seed, rooms: 2)
        let (a, b) = (rooms.rooms[0], rooms.rooms[1])
        let ab = try merge(a, [b])
        #expect(try merge(ab, [b]) == ab, "seed \(seed): merging b again adds nothing")
        #expect(try merge(ab, [a]) == ab, "seed \(seed): merging a again adds nothing")
        #expect(try merge(ab, [ab]) == ab, "seed \(seed): merging a journal with itself")
        #expect(try merge(b, [a]) == ab, "seed \(seed): b+a is a+b")
        #expect(try MergeRooms.view(ab) == MergeRooms.view(rooms.whole))
    }
}
