import Testing
@testable import WorkshopKit

/// The lists a checkpoint holds in place: a base read from the mapping, edits kept beside it, and
/// rows appended since; and the fallbacks that keep a forged column from crashing or looping.
struct CheckpointedListTests {
    /// An index column over `values`, as a checkpoint would hold it.
    private static func column(_ values: [Int32], lower: Int32 = -1, upper: Int = 100, backward: Bool = false)
        throws -> IndexColumn
    {
        var writer = BinaryWriter()
        writer.ints(values)
        let file = MappedFile(copying: writer.bytes)
        var reader = BinaryReader(file.bytes)
        return try IndexColumn(reading: &reader, in: file, lower: lower, upper: upper, backward: backward)
    }

    @Test func readsTheBaseThenTheRowsAppendedSince() throws {
        var list = CheckpointedList(try Self.column([5, 6, 7]))
        list.append(8)
        list.append(9)
        #expect(Array(list) == [5, 6, 7, 8, 9])
        #expect(list.count == 5)
    }

    @Test func anEditedBaseRowReadsItsNewValueAndTheBaseIsUntouched() throws {
        let base = try Self.column([5, 6, 7])
        var list = CheckpointedList(base)
        list[1] = 60
        list.append(8)
        list[3] = 80
        #expect(Array(list) == [5, 60, 7, 80])
        #expect(base[1] == 6)
    }

    @Test func removingTheLastBaseRowIsCheapAndAnyOtherRowStillWorks() throws {
        var list = CheckpointedList(try Self.column([5, 6, 7]))
        list[2] = 70
        list.remove(at: 2)
        #expect(Array(list) == [5, 6])
        list.append(9)
        list.remove(at: 0)
        #expect(Array(list) == [6, 9])
        list.remove(at: 1)
        #expect(Array(list) == [6])
        list.append(4)
        #expect(Array(list) == [6, 4])
    }

    @Test func removeAllEmptiesBaseAndTail() throws {
        var list = CheckpointedList(try Self.column([5, 6]))
        list.append(7)
        list.removeAll()
        #expect(list.isEmpty)
        list.append(1)
        #expect(Array(list) == [1])
    }

    @Test func anIndexOutOfRangeReadsAsTheLowerBound() throws {
        let column = try Self.column([3, 100, -2, 99], lower: -1, upper: 100)
        #expect((0..<column.count).map { column[$0] } == [3, -1, -1, 99])
    }

    @Test func aChainThatPointsForwardOrAtItselfReadsAsItsEnd() throws {
        // Row 2 pointing at itself, and row 3 ahead of itself, would make a walk back loop.
        let column = try Self.column([-1, 0, 2, 4, 1], lower: -1, upper: 5, backward: true)
        #expect((0..<column.count).map { column[$0] } == [-1, 0, -1, -1, 1])
    }

    @Test func aCutColumnIsRefused() throws {
        var writer = BinaryWriter()
        writer.ints([Int32(1), 2, 3])
        let file = MappedFile(copying: Array(writer.bytes.dropLast(2)))
        var reader = BinaryReader(file.bytes)
        #expect(throws: BinaryReader.Invalid.self) {
            try IndexColumn(reading: &reader, in: file, lower: -1, upper: 10)
        }
    }
}
