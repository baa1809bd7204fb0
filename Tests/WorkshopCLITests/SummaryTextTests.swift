import Foundation
import Testing
import WorkshopTestSupport

/// `summary` as text gives every figure's n and says what rests on too little.
struct SummaryTextTests {
    static func summary(_ copy: ExampleCopy, _ session: String, columns: Int = 200) throws -> String {
        let result = try copy.workshop(["summary", session], environment: ["COLUMNS": "\(columns)"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test func agreementDivergenceAndCoverageCarryTheirN() throws {
        let text = try Self.summary(try ExampleCopy(), "demo-2015")
        let unwrapped = text.replacingOccurrences(of: "\n  ", with: " ")
        #expect(text.contains("Agreement between groups (Krippendorff's alpha, interval metric)\n"))
        #expect(text.contains("  Academic: α = 0.83, reliable agreement (n = 13 activities, 26 answers)\n"))
        #expect(text.contains("  PhD candidate: α = 0.65, weak agreement (n = 14 activities, 28 answers)\n"))
        #expect(text.contains("  Embedded skills teaching: 4 (flagged)\n    Academic 5 (n=2), International student 4 (n=2), "
            + "Undergraduate student 4 (n=2), PhD candidate 2.5 (n=2), Professional-services staff 1 (n=2)\n"))
        #expect(text.contains("70 of 70 cells have answers; 1 has fewer than 2 answers; 3 rest on one answer other than '?' (marked *)"))
        #expect(unwrapped.contains("Minimum data: a cell's figure is a finding with at least 2 answers other than '?'"))
        #expect(unwrapped.contains("a standing is ranked only when personas holding 50% of the weight answered"))
        #expect(!text.contains("below the minimum"))
    }

    @Test func tooLittleDataIsSaidAndThinStandingsAreCountedNotRanked() throws {
        let fixture = try SparseFixture()
        let text = try Self.summary(fixture.copy, "stirling-2015")
        #expect(text.contains("  Undergraduate student: too little data: alpha needs 2 activities each answered by 2 groups (1 so far)\n"))
        #expect(text.contains("Rank stability (one persona's weight doubled or zeroed)\n"
            + "  1   Drop-in desk in the School       steady\n"
            + "  2 standings are below the minimum (personas holding under 50% of the weight answered) and not ranked: "
            + "Bring-a-friend appointments 3*, Research cafés 4*\n"))
        #expect(text.contains("  none to show: a split needs 2 personas each with a median on 2 or more answers\n"))
        #expect(text.contains("5 of 70 cells have answers; 3 have fewer than 2 answers; 3 rest on one answer other than '?'"))
    }

    @Test func aNominalSummaryHasNoStandingsAndNominalAlpha() throws {
        let fixture = try NominalFixture()
        let text = try Self.summary(fixture.copy, "channels")
        #expect(text.contains("Agreement between groups (Krippendorff's alpha, nominal metric)\n"))
        #expect(text.contains("  Academic: α = 0.47, weak agreement (n = 4 activities, 11 answers)\n"))
        #expect(text.contains("Standings, ranks and divergence\n  none: scale 'channel' is nominal, and answers with no order "
            + "have no median to rank or compare\n"))
        #expect(!text.contains("Rank stability") && !text.contains("pull apart") && !text.contains("│ stand"))
        #expect(text.contains("Methods: the most common answer and its share per cell"))
    }
}
