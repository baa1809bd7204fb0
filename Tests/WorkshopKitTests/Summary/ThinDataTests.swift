import Foundation
import Testing
@testable import WorkshopKit

/// The findings of "numbers a facilitator can defend when the data is thin": each test failed
/// before the summary stated its n and its minimum data.
struct ThinDataTests {
    typealias Rating = SummaryTests.Rating

    @Test func aStandingFromOneAnswerIsNotTheStrongestOverall() throws {
        // One group answers induction for the academic; the other personas have nothing or only '?'.
        let summary = try SummaryTests.summary([
            ("induction", "academic", "table-1", "4"), ("induction", "undergraduate", "table-2", "?"),
            ("drop-in", "undergraduate", "table-2", "?"),
        ])
        let induction = try #require(summary.activities.first { $0.activity == "induction" })
        #expect(induction.standing == 4 && induction.values == 1)
        #expect(!induction.standingSufficient && induction.rank == nil)
        #expect(abs(induction.weightAnswered - 1.0 / 6) < 1e-12, "the academic holds 1 of the personas' total weight of 6")
        #expect(!summary.highlights.contains { $0.hasPrefix("Strongest") || $0.hasPrefix("Weakest") })
    }

    @Test func alphaFromOneSharedActivityIsTooLittleData() throws {
        let summary = try SummaryTests.summary([
            ("drop-in", "phd-candidate", "table-1", "2"), ("drop-in", "phd-candidate", "table-2", "4"),
            ("induction", "phd-candidate", "table-1", "3"),
        ])
        let phd = try #require(summary.personas.first { $0.persona == "phd-candidate" })
        #expect(phd.agreement == nil && phd.pairableUnits == 1)
        #expect(phd.agreementNote == "too little data: alpha needs 2 activities each answered by 2 groups")
        #expect(!summary.highlights.contains { $0.contains("α") })
    }

    @Test func oneActivityAnsweredByAThousandGroupsIsNotAnAlphaOfZero() throws {
        let groups = (1...1000).map { "g\($0)" }
        let ratings: [Rating] = groups.enumerated().map { ("drop-in", "academic", $1, String($0 % 5 + 1)) }
        let summary = try SummaryTests.summary(ratings, groups: groups)
        let academic = try #require(summary.personas.first { $0.persona == "academic" })
        #expect(academic.agreement == nil, "one unit is too little, whatever the number of groups")
        #expect(MinimumData.clamped(-2.2e-16) == 0 && MinimumData.clamped(-0.25) == -0.25)
    }

    @Test func aNegativeAlphaIsSystematicDisagreement() throws {
        // Two groups that swap their answers on two activities: alpha = -0.5 (interval metric).
        let summary = try SummaryTests.summary([
            ("drop-in", "academic", "table-1", "1"), ("drop-in", "academic", "table-2", "2"),
            ("induction", "academic", "table-1", "2"), ("induction", "academic", "table-2", "1"),
        ])
        let academic = try #require(summary.personas.first { $0.persona == "academic" })
        #expect(abs((academic.agreement ?? 0) + 0.5) < 1e-12)
        #expect(academic.agreementReading == "systematic disagreement")
        let sentence = try #require(summary.highlights.first { $0.contains("α") })
        #expect(sentence.contains("systematic disagreement") && !sentence.contains("agreed"))
    }

    @Test func consensusNeedsTwoAnswers() throws {
        let summary = try SummaryTests.summary([("drop-in", "academic", "table-1", "4")])
        let cell = try #require(SummaryTests.cell(summary, "drop-in", "academic"))
        #expect(cell.consensus == nil && cell.values == 1 && !cell.sufficient)
    }

    @Test func aPersonaOfWeightZeroIsNeitherStrongestNorInTheWidestSplit() throws {
        let summary = try SummaryTests.summary(SummaryTests.sample, options: SummaryOptions(weights: ["undergraduate": 0]))
        #expect(summary.activities.allSatisfy { $0.strongestFor != "undergraduate" && $0.weakestFor != "undergraduate" })
        #expect(!summary.highlights.contains { $0.contains("Undergraduate") })
        let weighted = try SummaryTests.summary(SummaryTests.sample)
        #expect(weighted.activities.contains { $0.strongestFor == "undergraduate" }, "with weight 1 they do count")
    }

    @Test func tiesAreNamedAsTies() throws {
        // Three activities tie at the bottom, one stands above them.
        let ratings: [Rating] = ["drop-in", "induction", "research-cafes", "consultations"].flatMap { activity in
            let answer = activity == "consultations" ? "5" : "2"
            return ["academic", "undergraduate", "international-student", "phd-candidate", "professional-services"]
                .flatMap { persona in [(activity, persona, "table-1", answer), (activity, persona, "table-2", answer)] }
        }
        let summary = try SummaryTests.summary(ratings)
        #expect(summary.highlights.contains(
            "Weakest overall, tied: Drop-in desk in the School, New-student induction and Research cafés (standing 2 each)."))
    }

    @Test func theMethodsSayWhatTheCodeDoes() throws {
        let methods = try SummaryTests.summary(SummaryTests.sample).methods
        #expect(methods.agreement == "Krippendorff's alpha (interval metric), groups as raters, activities as units, "
            + "missing answers allowed; needs 2 units with at least 2 values each, else 'too little data'; "
            + "values within 1e-09 of zero are reported as 0; below zero reads as systematic disagreement")
        #expect(methods.consensus.hasSuffix("needs 2 answers other than '?' in the cell"))
        #expect(methods.standing.hasSuffix("ranked only when the personas that answered hold at least 50% of the total persona weight"))
        #expect(methods.divergence.hasPrefix("highest minus lowest persona median, over personas of weight above zero whose "
            + "median rests on at least 2 answers (needs 2 such personas)"))
        // And the code does what they say, at the thresholds they name.
        #expect(MinimumData.cellValues == 2 && MinimumData.alphaUnits == 2 && MinimumData.pairableValuesPerUnit == 2)
        #expect(MinimumData.standingWeightShare == 0.5 && MinimumData.divergencePersonas == 2)
    }

    @Test func aCellWithOnlyUnsureAnswersShowsAQuestionMarkEverywhere() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(all: [
            .answer(fixture.cell("drop-in", "academic", "table-1"), .unsure, note: nil),
            .answer(fixture.cell("drop-in", "undergraduate", "table-2"), .level(3), note: nil),
        ], by: "anna")
        let input = ExportInput(state: session.state)
        let markdown = MarkdownExporter().text(input.summary)
        let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| Drop-in desk") })
        #expect(row.hasPrefix("| Drop-in desk in the School | ? | _4_ (n = 1) | · |"))
        let html = String(decoding: try HTMLExporter().export(input), as: UTF8.self)
        #expect(html.contains("<td class=\"none\" title=\"only unsure answers\">?</td>"))
    }
}
