import Testing
@testable import WorkshopKit

/// Action numbers stay unique when two rooms' journals are merged: the first record of a number keeps
/// it, a later one takes the lowest number no record holds, actions agreed after move nothing, and a
/// checkpoint brings the book back as it was.
struct ActionNumberTests {
    private static func action(_ id: UInt64, _ number: Int) -> Action {
        Action(id: id, number: number, text: "action \(id)", owners: [], due: nil, activity: nil, persona: nil, prompt: nil,
               agreedIn: "s1", agreedOn: nil, carries: 0, earlierStatus: nil, review: nil)
    }

    /// Room A agreed #1, #2, #3 and room B #1, #2, interleaved by time as a merge orders them.
    private static func merged() -> ActionBook {
        var book = ActionBook(base: 0)
        for (id, number) in [(0xA1, 1), (0xB1, 1), (0xA2, 2), (0xB2, 2), (0xA3, 3)] as [(UInt64, Int)] {
            _ = book.add(action(id, number), entry: Int32(book.actions.count))
        }
        return book
    }

    @Test func theOtherRoomsNumbersMoveAboveEveryRecordedOne() {
        let book = Self.merged()
        #expect(book.actions.map(\.action.number) == [1, 4, 2, 5, 3], "room A keeps its numbers; room B's go to 4 and 5")
        #expect(book.recorded == [1, 1, 2, 2, 3], "each record's own number is kept")
        #expect(book.nextNumber == 6)
    }

    @Test func anActionAgreedAfterTheMergeMovesNothing() {
        var book = Self.merged()
        _ = book.add(Self.action(0xA4, book.nextNumber), entry: 5)
        #expect(book.actions.map(\.action.number) == [1, 4, 2, 5, 3, 6])
        #expect(book.nextNumber == 7)
    }

    @Test func oneActionCarriedInByBothCopiesKeepsItsNumber() {
        var book = ActionBook(base: 3)
        var carried = Self.action(0xC, 2)
        carried.carries = 1
        for entry in [Int32(0), 1] { _ = book.add(carried, entry: entry) }  // two laptops started the meeting apart
        _ = book.add(Self.action(0xD, 4), entry: 2)
        #expect(book.actions.map(\.action.number) == [2, 2, 4] && book.recorded == [2, 2, 4])
        #expect(book.nextNumber == 5)
    }

    @Test func numbersAboveTheSeriesBaseOnly() {
        var book = ActionBook(base: 10)
        for id in [UInt64(1), 2] { _ = book.add(Self.action(id, 11), entry: Int32(id)) }
        #expect(book.actions.map(\.action.number) == [11, 12] && book.nextNumber == 13)
    }

    @Test func aCheckpointKeepsWhatEachRecordHeld() throws {
        var writer = BinaryWriter()
        Self.merged().write(to: &writer)
        let file = MappedFile(copying: writer.bytes)
        var reader = BinaryReader(file.bytes)
        var book = try ActionBook(reading: &reader, entries: 5)
        #expect(book.actions.map(\.action.number) == [1, 4, 2, 5, 3] && book.recorded == [1, 1, 2, 2, 3])
        _ = book.add(Self.action(0xC1, 1), entry: 4)  // a third copy merged in later, with its own #1
        #expect(book.actions.map(\.action.number) == [1, 4, 2, 5, 3, 6])
    }
}
