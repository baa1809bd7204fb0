import Testing
@testable import WorkshopKit

struct IDTableTests {
    static func plan(criteria: [Criterion] = [], groups: [String] = ["table-1", "table-2"]) throws -> Plan {
        Plan(id: "p", title: "P", personas: ["academic", "undergraduate"],
             activities: [Activity(id: "drop-in", title: "Drop-in"), Activity(id: "induction", title: "Induction")],
             scale: try #require(Scale.builtin(named: "rag")), criteria: criteria, groups: groups)
    }

    /// The key a journal line names, or the problem replay reports for it.
    static func key(_ line: String, in table: inout IDTable) -> Result<CellKey, ReplayProblem> {
        Array(line.utf8).withUnsafeBytes { raw in
            guard let fields = FastLineParser.parse(raw) else { return .failure(.notJSON) }
            return Result { () throws(ReplayProblem) in try table.key(fields) }
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var withCriteria = false
        var expected: Result<Cell, ReplayProblem>
        var testDescription: String { line }
    }

    @Test(arguments: [
        Case(line: #"{"activity":"induction","persona":"undergraduate","group":"table-2"}"#,
             expected: .success(Cell(activity: "induction", persona: "undergraduate", group: "table-2"))),
        Case(line: #"{"activity":"drop-in","persona":"academic","group":"table-1","criterion":"cost"}"#, withCriteria: true,
             expected: .success(Cell(activity: "drop-in", persona: "academic", group: "table-1", criterion: "cost"))),
        Case(line: #"{"activity":"cafe","persona":"academic","group":"table-1"}"#,
             expected: .failure(.unknown(kind: "activity", id: "cafe"))),
        Case(line: #"{"activity":"drop-in","persona":"librarian","group":"table-1"}"#,
             expected: .failure(.unknown(kind: "persona", id: "librarian"))),
        Case(line: #"{"activity":"drop-in","persona":"academic","group":"table-9"}"#,
             expected: .failure(.unknown(kind: "group", id: "table-9"))),
        Case(line: #"{"activity":"drop-in","persona":"academic","group":"table-1","criterion":""}"#,
             expected: .failure(.unknown(kind: "criterion", id: ""))),
        Case(line: #"{"activity":"drop-in","persona":"academic","group":"table-1"}"#, withCriteria: true,
             expected: .failure(.missing(key: "criterion"))),
        Case(line: #"{"persona":"academic","group":"table-1"}"#, expected: .failure(.missing(key: "activity"))),
    ])
    func aLineNamesACellByIDsInForce(_ example: Case) throws {
        let criteria = example.withCriteria ? [Criterion(id: "cost", title: "Cost")] : []
        var table = IDTable(plan: try Self.plan(criteria: criteria), defaultGroup: "room")
        let key = Self.key(example.line, in: &table)
        #expect(key.map { table.cell($0) } == example.expected)
        if case let .success(cell) = example.expected {
            #expect(table.key(of: cell) == (try key.get()))
        }
    }

    @Test func anActivityTakenOutKeepsItsIndexAndComesBack() throws {
        var table = IDTable(plan: try Self.plan(), defaultGroup: "room")
        let added = try table.add(activity: "peer-mentors")
        #expect(added.index == 2 && added.isNew)
        #expect(throws: ReplayProblem.badValue(key: "activity", value: "peer-mentors")) {
            try table.add(activity: "peer-mentors")
        }
        table.setInForce(activity: added.index, false)
        #expect(table.activities.indexesInForce == [0, 1])
        #expect(Self.key(#"{"activity":"peer-mentors","persona":"academic","group":"table-1"}"#, in: &table)
                == .failure(.unknown(kind: "activity", id: "peer-mentors")))
        let again = try table.add(activity: "peer-mentors")
        #expect(again.index == 2 && !again.isNew)
        #expect(table.activities.indexesInForce == [0, 1, 2])
    }

    @Test func aPlanWithoutGroupsHasTheDefaultOne() throws {
        let table = IDTable(plan: try Self.plan(groups: []), defaultGroup: "room")
        #expect(table.groups.all == ["room"])
        #expect(table.key(of: Cell(activity: "drop-in", persona: "academic", group: "room")) != nil)
        #expect(table.key(of: Cell(activity: "drop-in", persona: "academic", group: "room", criterion: "cost")) == nil)
    }
}
