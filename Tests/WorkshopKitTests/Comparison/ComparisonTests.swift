import Testing
import WorkshopTestSupport
@testable import WorkshopKit
@testable import WorkshopMerge
@testable import WorkshopReports

/// Two sessions compared cell by cell: the rule for calling a trend, what overlaps and what is left
/// out, the activities that moved most, and the refusals.
struct ComparisonTests {
    typealias F = MeetingsFixture

    @Test func aChangeIsCalledOnlyWhenBothSidesRestOnThreeAnswers() throws {
        let fixture = F()
        let a = try fixture.meeting("a", F.ratings("talk", "academic", "2", "3", "3") + F.ratings("talk", "student", "1", "2"))
        let b = try fixture.meeting("b", F.ratings("talk", "academic", "4", "4", "5") + F.ratings("talk", "student", "4", "4", "5", "5"))
        let comparison = try SessionComparison(from: a, to: b)
        let academic = try #require(comparison.cells.first { $0.persona == "academic" })
        #expect(academic.from == .init(median: 3, answers: 3, unsure: 0) && academic.to.median == 4)
        #expect(academic.change == 1 && academic.direction == .up && academic.called)
        let student = try #require(comparison.cells.first { $0.persona == "student" })
        #expect(student.change == 3 && !student.called, "two answers before: shown, not called")
        #expect(comparison.from.answers == 5 && comparison.to.answers == 7)
        let talk = try #require(comparison.activities.first)
        #expect(talk.change == 2 && talk.cells == 2 && talk.calledCells == 1 && !talk.called)
    }

    @Test func unsureAnswersAreNotWhatAMedianRestsOn() throws {
        let fixture = F()
        let a = try fixture.meeting("a", F.ratings("talk", "academic", "2", "2", "?"))
        let b = try fixture.meeting("b", F.ratings("talk", "academic", "1", "1", "1"))
        let cell = try #require(try SessionComparison(from: a, to: b).cells.first)
        #expect(cell.from == .init(median: 2, answers: 2, unsure: 1))
        #expect(cell.direction == .down && !cell.called)
    }

    @Test func onlyWhatBothPlansHaveIsComparedAndTheRestIsNamed() throws {
        let fixture = F()
        let a = try fixture.meeting("a", activities: ["talk", "walk", "podcast"],
                                    F.ratings("talk", "academic", "3") + F.ratings("podcast", "academic", "5"))
        let b = try fixture.meeting("b", activities: ["walk", "talk", "quiz"], personas: [F.personas[0]],
                                    F.ratings("walk", "academic", "2") + F.ratings("quiz", "academic", "4"))
        let comparison = try SessionComparison(from: a, to: b)
        #expect(comparison.leftOut.map { "\($0.kind) \($0.id) \($0.session)" }
            == ["activity podcast a", "activity quiz b", "persona student a"])
        #expect(comparison.cells.map(\.activity) == ["walk", "talk"], "in the second plan's order, answered in either")
        #expect(comparison.onlyInOne.map { "\($0.cell.activity) \($0.session)" } == ["walk b", "talk a"])
        #expect(comparison.cells.allSatisfy { $0.change == nil })
        #expect(comparison.moved().isEmpty)
    }

    @Test func theActivitiesThatMovedMostComeFirst() throws {
        let fixture = F()
        let before = F.ratings("talk", "academic", "3") + F.ratings("walk", "academic", "3") + F.ratings("quiz", "academic", "3")
        let after = F.ratings("talk", "academic", "4") + F.ratings("walk", "academic", "1") + F.ratings("quiz", "academic", "3")
        let comparison = try SessionComparison(from: try fixture.meeting("a", before), to: try fixture.meeting("b", after))
        #expect(comparison.activities.map(\.activity) == ["walk", "talk", "quiz"])
        #expect(comparison.moved().map(\.activity) == ["walk", "talk"])
        #expect(comparison.activities.map(\.direction) == [.down, .up, .same])
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var second: (activities: [String], scale: String, personas: [Persona])
        var expected: ComparisonError
    }

    @Test(arguments: [
        Refusal(testDescription: "no activity in common", second: (["podcast"], "1-5", F.personas),
                expected: .nothingShared(kind: "activity", from: "a", fromPlan: "a", to: "b", toPlan: "b")),
        Refusal(testDescription: "no persona in common", second: (["talk"], "1-5", [Persona(id: "alumni", name: "Alumni")]),
                expected: .nothingShared(kind: "persona", from: "a", fromPlan: "a", to: "b", toPlan: "b")),
        Refusal(testDescription: "different scales", second: (["talk"], "1-10", F.personas),
                expected: .differentScales(from: "a", fromScale: "1-5", to: "b", toScale: "1-10")),
    ])
    func sessionsThatCannotBeComparedAreRefused(_ refusal: Refusal) throws {
        let fixture = F()
        let a = try fixture.meeting("a", F.ratings("talk", "academic", "3"))
        let b = try fixture.meeting("b", activities: refusal.second.activities, scale: refusal.second.scale,
                                    personas: refusal.second.personas, [])
        #expect(throws: refusal.expected) { try SessionComparison(from: a, to: b) }
        #expect(throws: ComparisonError.sameSession("a")) { try SessionComparison(from: a, to: a) }
    }

    @Test func changesAreWrittenWithTheirSignAndMark() {
        #expect([1.0, -0.5, 0, 1e-12].map(Direction.signed) == ["+1", "-0.5", "0", "0"])
        #expect(Direction.up.mark(called: true) == "▲" && Direction.down.mark(called: true) == "▼")
        #expect(Direction.up.mark(called: false) == "~" && Direction.same.mark(called: false) == "=")
        #expect(ChangeRule().calls(3, 3) && !ChangeRule().calls(2, 30))
    }
}
