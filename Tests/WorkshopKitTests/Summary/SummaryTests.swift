import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// Summaries built from small sessions recorded through the library.
struct SummaryTests {
    typealias Rating = (activity: String, persona: String, group: String, answer: String)

    /// A session of the Stirling plan (1-5) holding `ratings`, in that order.
    static func summary(_ ratings: [Rating], options: SummaryOptions = SummaryOptions(), groups: [String] = []) throws
        -> SessionSummary
    {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        for group in groups { try session.record(.addGroup(group), by: "anna") }
        let changes = try ratings.map { rating in
            Change.answer(Cell(activity: rating.activity, persona: rating.persona, group: rating.group),
                          try session.state.resolveAnswer(rating.answer), note: nil)
        }
        if !changes.isEmpty { try session.record(all: changes, by: "anna") }
        return SessionSummary(state: session.state, options: options)
    }

    static func cell(_ summary: SessionSummary, _ activity: String, _ persona: String) -> CellStatistics? {
        summary.cells.first { $0.activity == activity && $0.persona == persona }
    }

    static let sample: [Rating] = [
        ("drop-in", "academic", "table-1", "2"), ("drop-in", "academic", "table-2", "3"),
        ("drop-in", "undergraduate", "table-3", "5"), ("drop-in", "undergraduate", "table-4", "4"),
        ("induction", "academic", "table-1", "3"), ("induction", "academic", "table-2", "3"),
        ("induction", "undergraduate", "table-3", "5"), ("induction", "undergraduate", "table-4", "?"),
        ("research-cafes", "academic", "table-1", "5"), ("research-cafes", "academic", "table-2", "4"),
        ("research-cafes", "undergraduate", "table-3", "2"), ("research-cafes", "undergraduate", "table-4", "1"),
    ]

    @Test func cellFiguresForASmallSession() throws {
        let summary = try Self.summary(Self.sample)
        let dropIn = try #require(Self.cell(summary, "drop-in", "undergraduate"))
        #expect(dropIn.answers == 2 && dropIn.unsure == 0)
        #expect(dropIn.distribution == [0, 0, 0, 1, 1])
        #expect(dropIn.median == 4.5 && dropIn.lowerQuartile == 4.25 && dropIn.upperQuartile == 4.75)
        #expect(dropIn.minimum == 4 && dropIn.maximum == 5 && dropIn.mean == 4.5)
        #expect(abs((dropIn.standardDeviation ?? 0) - 0.5.squareRoot()) < 1e-12)
        let withUnsure = try #require(Self.cell(summary, "induction", "undergraduate"))
        #expect(withUnsure.answers == 2 && withUnsure.unsure == 1 && withUnsure.median == 5)
        #expect(withUnsure.standardDeviation == nil, "one value has no sample spread")
    }

    @Test func edgeCasesOfASingleCell() throws {
        let summary = try Self.summary([
            ("drop-in", "academic", "table-1", "4"),
            ("induction", "academic", "table-1", "3"), ("induction", "academic", "table-2", "3"),
            ("champions", "academic", "table-1", "?"), ("champions", "academic", "table-2", "?"),
        ])
        let single = try #require(Self.cell(summary, "drop-in", "academic"))
        #expect(single.median == 4 && single.lowerQuartile == 4 && single.values == 1 && !single.sufficient)
        #expect(single.consensus == nil, "consensus needs two answers")
        let equal = try #require(Self.cell(summary, "induction", "academic"))
        #expect(equal.consensus == 1 && equal.standardDeviation == 0)
        let unsure = try #require(Self.cell(summary, "champions", "academic"))
        #expect(unsure.answers == 2 && unsure.unsure == 2 && unsure.median == nil && unsure.consensus == nil)
        let empty = try #require(Self.cell(summary, "newsletter", "academic"))
        #expect(empty.answers == 0 && empty.median == nil && empty.mean == nil)
        #expect(summary.coverage.emptyCells.contains { $0.activity == "newsletter" && $0.persona == "academic" })
        #expect(summary.coverage.thinCells.map(\.activity) == ["drop-in"])
    }

    @Test func agreementNeedsTwoGroups() throws {
        let oneGroup = try Self.summary([("drop-in", "academic", "table-1", "4"), ("induction", "academic", "table-1", "2")])
        let academic = try #require(oneGroup.personas.first { $0.persona == "academic" })
        let tooLittle = "too little data: alpha needs 2 activities each answered by 2 groups"
        #expect(academic.agreement == nil && academic.agreementNote == tooLittle)
        let noAnswers = try #require(oneGroup.personas.first { $0.persona == "phd-candidate" })
        #expect(noAnswers.agreementNote == tooLittle && noAnswers.groups.isEmpty)
    }

    @Test func agreementIsKrippendorffsOverActivitiesWithGroupsAsRaters() throws {
        let summary = try Self.summary(Self.sample)
        let academic = try #require(summary.personas.first { $0.persona == "academic" })
        // Units drop-in (2,3), induction (3,3), research-cafes (5,4); interval metric on 1-5.
        let expected = KrippendorffAlpha.compute(units: [[2, 3], [3, 3], [5, 4]], metric: .interval).value
        #expect(academic.agreement == expected)
        #expect(academic.groups == ["table-1", "table-2"])
        #expect(academic.top == ["research-cafes"] && academic.bottom == ["drop-in"])
    }

    @Test func standingsRanksAndDivergence() throws {
        let summary = try Self.summary(Self.sample)
        let cafes = try #require(summary.activities.first { $0.activity == "research-cafes" })
        // Medians: academic 4.5, undergraduate 1.5; equal weights except undergraduate 2 in the example.
        #expect(cafes.divergence == 3 && cafes.divergent)
        #expect(cafes.strongestFor == "academic" && cafes.weakestFor == "undergraduate")
        let dropIn = try #require(summary.activities.first { $0.activity == "drop-in" })
        #expect(dropIn.standing == (1 * 2.5 + 2 * 4.5) / 3)
        #expect(summary.activities.first { $0.activity == "newsletter" }?.rank == nil)
        #expect(Set(summary.activities.compactMap(\.rank)) == [1, 2, 3])
    }

    @Test func theOrderOfTheJournalChangesNothing() throws {
        let forward = try Self.summary(Self.sample)
        let backward = try Self.summary(Self.sample.reversed())
        var generator = SeededGenerator(seed: 7)
        let shuffled = try Self.summary(Self.sample.shuffled(using: &generator))
        for other in [backward, shuffled] {
            #expect(other.cells == forward.cells)
            #expect(other.activities == forward.activities)
            #expect(other.personas == forward.personas)
            #expect(other.highlights == forward.highlights)
        }
    }

    @Test func relabellingGroupsChangesNothing() throws {
        let relabelled = Self.sample.map { rating in
            (rating.activity, rating.persona, "t" + rating.group.dropFirst("table-".count), rating.answer)
        }
        let original = try Self.summary(Self.sample)
        let renamed = try Self.summary(relabelled, groups: ["t1", "t2", "t3", "t4"])
        #expect(renamed.cells == original.cells)
        #expect(renamed.activities == original.activities)
        #expect(renamed.personas.map(\.agreement) == original.personas.map(\.agreement))
        #expect(renamed.highlights == original.highlights)
    }

    @Test func aPersonaWithWeightZeroHasNoInfluence() throws {
        let zero = SummaryOptions(weights: ["undergraduate": 0])
        let withThem = try Self.summary(Self.sample, options: zero)
        let without = try Self.summary(Self.sample.filter { $0.persona != "undergraduate" }, options: zero)
        #expect(withThem.activities.map(\.standing) == without.activities.map(\.standing))
        #expect(withThem.activities.map(\.rank) == without.activities.map(\.rank))
        // And the weight does matter when it is not zero.
        let heavy = try Self.summary(Self.sample, options: SummaryOptions(weights: ["undergraduate": 5]))
        #expect(heavy.activities.map(\.standing) != withThem.activities.map(\.standing))
    }

    @Test func everyHighlightQuotesAFigureFromTheSummary() throws {
        let summary = try Self.summary(Self.sample)
        #expect(!summary.highlights.isEmpty)
        let top = try #require(summary.activities.first { $0.rank == 1 })
        #expect(summary.highlights.first == "Strongest overall: \(top.title) (standing \(SessionSummary.number(top.standing ?? 0)) on 1-5, from \(top.values) answers).")
    }
}

/// A deterministic random source for shuffles (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct SessionWeightTests {
    @Test func aWeightRecordChangesStandingsSurvivesAReopenAndUndoes() throws {
        let fixture = try SessionFixture()
        do {
            let session = try fixture.start()
            let changes = try SummaryTests.sample.map { rating in
                Change.answer(Cell(activity: rating.activity, persona: rating.persona, group: rating.group),
                              try session.state.resolveAnswer(rating.answer), note: nil)
            }
            try session.record(all: changes, by: "anna")
            try session.record(.weight(persona: "academic", 0), by: "anna")
            #expect(throws: SessionError.self) { try session.record(.weight(persona: "academic", -1), by: "anna") }
        }
        let session = try fixture.open()
        #expect(session.state.weightOverrides == ["academic": 0])
        let summary = SessionSummary(state: session.state)
        #expect(summary.personas.first { $0.persona == "academic" }?.weight == 0)
        let dropIn = try #require(summary.activities.first { $0.activity == "drop-in" })
        #expect(dropIn.standing == 4.5, "only the undergraduates count now")
        // A --weight on the command still wins over the session's weight.
        let overridden = SessionSummary(state: session.state, options: SummaryOptions(weights: ["academic": 1]))
        #expect(overridden.personas.first { $0.persona == "academic" }?.weight == 1)
        try session.record(.undo, by: "anna")
        #expect(session.state.weightOverrides.isEmpty)
        #expect(session.state.log.last?.text == "undo: weight of academic set to 0")
    }
}

struct StatusAndCoverageTests {
    @Test func statusAndTheSummaryAgreeOnWhatIsOwedAndLeaveOutUndoneActivities() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        // Bob adds an activity, anna answers it, then bob takes his addition back.
        try session.record(.addActivity(Activity(id: "peer-mentors", title: "Peer mentors")), by: "bob")
        try session.record(all: SummaryTests.sample.map { rating in
            Change.answer(Cell(activity: rating.activity, persona: rating.persona, group: rating.group),
                          rating.answer == "?" ? .unsure : .level((Int(rating.answer) ?? 1) - 1), note: nil)
        } + [.answer(fixture.cell("peer-mentors", "academic", "table-1"), .level(4), note: nil)], by: "anna")
        try session.record(.undo, by: "bob")
        let status = session.state.status
        let coverage = SessionSummary(state: session.state).coverage
        #expect(status.owedByGroup.map { [$0.group, $0.persona] + $0.activities }
                == coverage.owed.map { [$0.group, $0.persona] + $0.activities })
        #expect(status.answers == 12 && status.unsure == 1, "the answer on the hidden activity does not count")
        #expect(status.matrixCells == coverage.cells)
        #expect(status.filledMatrixCells == coverage.cells - coverage.emptyCells.count)
    }
}
