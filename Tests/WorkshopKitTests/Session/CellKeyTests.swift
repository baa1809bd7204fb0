import Testing
@testable import WorkshopKit
@testable import WorkshopSession
@testable import WorkshopMerge
@testable import WorkshopReports

struct CellKeyTests {
    struct Fields: Sendable, CustomTestStringConvertible {
        var activity: Int32, persona: Int32, group: Int32, criterion: Int32
        var testDescription: String { "\(activity).\(persona).\(group).\(criterion)" }
    }

    static let limit = CellKey.fieldLimit - 1

    @Test(arguments: [
        Fields(activity: 0, persona: 0, group: 0, criterion: 0),
        Fields(activity: 1, persona: 2, group: 3, criterion: 4),
        Fields(activity: limit, persona: 0, group: 0, criterion: 0),
        Fields(activity: 0, persona: limit, group: 0, criterion: 0),
        Fields(activity: 0, persona: 0, group: limit, criterion: 0),
        Fields(activity: 0, persona: 0, group: 0, criterion: limit),
        Fields(activity: limit, persona: limit, group: limit, criterion: limit),
        Fields(activity: 0x1234, persona: 0x00FF, group: 0xFF00, criterion: 0x8001),
    ])
    func eachFieldComesBackAsPacked(_ fields: Fields) throws {
        let key = try #require(
            CellKey(activity: fields.activity, persona: fields.persona, group: fields.group, criterion: fields.criterion))
        #expect(key.activity == fields.activity)
        #expect(key.persona == fields.persona)
        #expect(key.group == fields.group)
        #expect(key.criterion == fields.criterion)
        // CellTable marks an empty slot with all ones; no real key may look like it.
        #expect(key.packed != UInt64.max)
    }

    @Test(arguments: [
        Fields(activity: CellKey.fieldLimit, persona: 0, group: 0, criterion: 0),
        Fields(activity: 0, persona: CellKey.fieldLimit, group: 0, criterion: 0),
        Fields(activity: 0, persona: 0, group: CellKey.fieldLimit, criterion: 0),
        Fields(activity: 0, persona: 0, group: 0, criterion: CellKey.fieldLimit),
        Fields(activity: -1, persona: 0, group: 0, criterion: 0),
        Fields(activity: 0, persona: 0, group: 0, criterion: -1),
        Fields(activity: 0, persona: Int32.max, group: 0, criterion: 0),
    ])
    func anIndexOutsideTheFieldIsRefused(_ fields: Fields) {
        #expect(CellKey(activity: fields.activity, persona: fields.persona, group: fields.group, criterion: fields.criterion) == nil)
    }

    @Test func keysThatDifferInOneFieldAreDifferentAndFindTheirOwnCell() throws {
        var table = CellTable()
        var keys: [CellKey] = []
        for field in 0..<4 {
            var values: [Int32] = [5, 5, 5, 5]
            values[field] = 6
            keys.append(try #require(CellKey(activity: values[0], persona: values[1], group: values[2], criterion: values[3])))
        }
        #expect(Set(keys).count == 4)
        for (index, key) in keys.enumerated() { table.insert(key, Int32(index)) }
        #expect(keys.map { table[$0] } == [0, 1, 2, 3])
        #expect(table[try #require(CellKey(activity: 5, persona: 5, group: 5, criterion: 5))] == nil)
    }

    @Test func theCellTableKeepsEveryKeyAcrossGrowth() throws {
        var table = CellTable()
        let keys = try (0..<5000).map { (index: Int32) in
            try #require(CellKey(activity: index % 97, persona: index % 13, group: index / 97, criterion: 0))
        }
        let distinct = Array(Set(keys))
        for (index, key) in distinct.enumerated() { table.insert(key, Int32(index)) }
        #expect(table.count == distinct.count)
        #expect(distinct.indices.allSatisfy { table[distinct[$0]] == Int32($0) })
    }
}
