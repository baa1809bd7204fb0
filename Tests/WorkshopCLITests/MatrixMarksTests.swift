import Foundation
import Testing
import WorkshopTestSupport

/// The matrix says how much each figure rests on, in marks that survive without colour.
struct MatrixMarksTests {
    /// The rendered line that starts with `prefix`.
    static func line(_ output: String, _ prefix: String) -> String? {
        output.components(separatedBy: "\n").first { $0.hasPrefix(prefix) }
    }

    @Test func aMedianOnOneAnswerIsMarkedAndTheLegendSaysWhy() throws {
        let copy = try ExampleCopy()
        let result = try copy.workshop(["matrix", "demo-2015"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.line(result.stdout, "Newsletter for School staff")?.contains("▓3*  ") == true)
        #expect(Self.line(result.stdout, "Researcher induction and skills")?.contains("░1*   █4.5  ▒2*") == true)
        #expect(Self.line(result.stdout, "Bring-a-friend appointments")?.contains("*") == false)
        #expect(result.stdout.contains("* one answer only"))
    }

    @Test func consensusOnOneAnswerIsTooLittleDataNotAgreementNorEmpty() throws {
        let copy = try ExampleCopy()
        let result = try copy.workshop(["matrix", "demo-2015", "--statistic", "consensus"], environment: ["COLUMNS": "80"])
        let line = try #require(Self.line(result.stdout, "Newsletter for School staff"))
        #expect(line.hasPrefix("Newsletter for School staff       n=1  █1"))
        #expect(result.stdout.contains("n=1 too few answers for a consensus"))
    }

    @Test func onlyUnsureKeepsItsMarkAndAThinStandingIsMarkedAndNotRanked() throws {
        let fixture = try SparseFixture()
        let result = try fixture.copy.workshop(["matrix", "stirling-2015"], environment: ["COLUMNS": "80"])
        #expect(Self.line(result.stdout, "Embedded skills teaching")?.contains("  ?  ") == true)
        #expect(Self.line(result.stdout, "Bring-a-friend appointments")?.hasSuffix("▓3*    ·    │ 3*    ·") == true)
        #expect(Self.line(result.stdout, "Drop-in desk in the School")?.hasSuffix("│ 3.67  1") == true)
        let unwrapped = result.stdout.replacingOccurrences(of: "\n  ", with: " ")
        #expect(unwrapped.contains("stand* under 50% of the persona weight answered, not ranked"))
        let consensus = try fixture.copy.workshop(["matrix", "stirling-2015", "--statistic", "consensus"])
        #expect(Self.line(consensus.stdout, "Embedded skills teaching")?.contains("  ?  ") == true)
        let narrow = try fixture.copy.workshop(["matrix", "stirling-2015"], environment: ["COLUMNS": "40"])
        #expect(narrow.stdout.contains("Bring-a-friend appointments — standing\n  3*, not ranked\n"))
        #expect(narrow.stdout.contains("  PhD candidate: 3*\n"))
    }

    @Test func withColourAThinFigureIsDimmedRatherThanShaded() throws {
        let fixture = try SparseFixture()
        let result = try fixture.copy.workshop(["matrix", "stirling-2015", "--color", "always"], environment: ["COLUMNS": "80"])
        #expect(result.stdout.contains("\u{1B}[2m▒2*  \u{1B}[0m"))
        #expect(result.stdout.contains("\u{1B}[2m3*    \u{1B}[0m·"))
        #expect(result.stdout.contains("m█4.5 \u{1B}[0m"))
    }

    @Test func aNominalScaleShowsTheMostCommonAnswerWithNoShadeAndNoStanding() throws {
        let fixture = try NominalFixture()
        let result = try fixture.copy.workshop(["matrix", "channels"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.line(result.stdout, "Newsletter for School staff") == "Newsletter for School staff  e 100%           s 100%           e/m 50%")
        #expect(Self.line(result.stdout, "Student library champions") == "Student library champions    s 100%           e 100%*          ?")
        #expect(result.stdout.contains("e Email, m Meeting, s Social media"))
        #expect(result.stdout.contains("a/b a tie"))
        #expect(!result.stdout.contains("stand"))
        #expect(!result.stdout.contains("░") && !result.stdout.contains("█"))
        let wide = try fixture.copy.workshop(["matrix", "channels"], environment: ["COLUMNS": "132"])
        #expect(Self.line(wide.stdout, "Research cafés")?.contains("Meeting 67%              Meeting/Social media 50% Meeting 100%") == true)
    }

    @Test(arguments: ["median", "mean", "consensus"])
    func anOrderedStatisticOnANominalScaleIsRefusedWithWhatToUse(_ statistic: String) throws {
        let fixture = try NominalFixture()
        let result = try fixture.copy.workshop(["matrix", "channels", "--statistic", statistic])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: --statistic \(statistic): scale 'channel' is nominal (its answers have no order), "
            + "so it has no \(statistic); leave out --statistic for each cell's most common answer, or use --statistic count\n")
        #expect(try fixture.copy.workshop(["matrix", "channels", "--statistic", "count"]).status == 0)
    }
}
