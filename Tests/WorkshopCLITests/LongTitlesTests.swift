import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopCLI

/// Fifty activities whose titles all start "Engagement activity number": `matrix` and `summary`
/// print every title distinct (abbreviated from the middle, or around where it differs), where
/// cutting each to its start printed fifty of the same.
struct LongTitlesTests {
    static func title(_ number: Int) -> String {
        number % 5 == 0
            ? "Engagement activity number in the Schools, round \(number), with a long tail that ends the same way"
            : "Engagement activity number in the Schools, round \(number)"
    }

    /// A copy of the example with the plan `engagement` (fifty such activities) started and answered.
    static func session() throws -> ExampleCopy {
        let copy = try ExampleCopy()
        let activities = (1...50).map { "  - id: a\($0)\n    title: \"\(title($0))\"" }.joined(separator: "\n")
        let plan = """
            title: Engagement
            date: 2026-12-07
            scale: 1-5
            personas: [academic, undergraduate]
            groups: [g1, g2, g3, g4]
            activities:
            \(activities)

            """
        try plan.write(to: copy.url.appendingPathComponent("sessions/engagement.yaml"), atomically: true, encoding: .utf8)
        let sheet = String((0..<50).map { Character(String($0 % 5 + 1)) })
        let rows = ["start engagement", "row academic g1 \(sheet)", "row academic g2 \(sheet)",
                    "row undergraduate g3 \(sheet)", "row undergraduate g4 \(String(sheet.reversed()))"]
        let result = try copy.workshop([], input: rows.joined(separator: "\n") + "\n")
        #expect(result.stderr == "")
        return copy
    }

    /// The title column of the matrix: as wide as the header's leading spaces.
    static func matrixTitles(_ text: String) throws -> [String] {
        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix(" ") && $0.contains("│ stand") })
        let width = header.prefix { $0 == " " }.count
        return lines.filter { $0.hasPrefix("Eng") && $0.contains("│") }.map { String($0.prefix(width)).trimmingCharacters(in: .whitespaces) }
    }

    @Test(arguments: [80, 120])
    func everyTitleInTheMatrixIsDistinct(_ columns: Int) throws {
        let copy = try Self.session()
        let result = try copy.workshop(["matrix", "engagement"], environment: ["COLUMNS": String(columns)])
        #expect(result.status == 0)
        let titles = try Self.matrixTitles(result.stdout)
        #expect(titles.count == 50)
        #expect(Set(titles).count == 50, "\(titles)")
        #expect(titles.contains { $0.contains("…") })
        #expect(result.stdout.split(separator: "\n").allSatisfy { TextWidth.columns($0) <= columns })
    }

    @Test func everyTitleInTheSummaryIsDistinct() throws {
        let copy = try Self.session()
        let result = try copy.workshop(["summary", "engagement"], environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        let titles = try Self.matrixTitles(result.stdout)
        #expect(titles.count == 50)
        #expect(Set(titles).count == 50)
        // The rank stability list: `  RANK TITLE RANGE`, the title in a column of 32.
        let ranked = result.stdout.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("  "), let first = line.dropFirst(2).first, first.isNumber, line.count > 38 else { return nil }
            return String(line.dropFirst(6).prefix(32)).trimmingCharacters(in: .whitespaces)
        }.filter { $0.hasPrefix("Eng") }
        #expect(ranked.count == 50)
        #expect(Set(ranked).count == ranked.count, "\(ranked)")
    }

    @Test func theFittingKeepsStartAndEnd() {
        #expect(TitleFit.middle("Engagement activity number twelve", width: 20) == "Engagement…er twelve")
        #expect(TitleFit.middle("short", width: 20) == "short")
        // Wide characters count two columns.
        let wide = TitleFit.middle("参与活动编号第十二号参与活动", width: 11)
        #expect(TextWidth.columns(wide) <= 11)
        #expect(wide.hasPrefix("参与") && wide.hasSuffix("活动"))
        let fitted = TitleFit.fit((1...50).map(Self.title), width: 31)
        #expect(fitted.map { Set($0).count } == 50)
        #expect(fitted?.allSatisfy { TextWidth.columns($0) <= 31 } == true)
    }

    @Test func titlesThatCannotBeToldApartAtAWidthAreLeftToTheCaller() {
        #expect(TitleFit.fit(["abcdefghij1xyz", "abcdefghij2xyz"], width: 5) == nil)
        #expect(TitleFit.fit(["abcdefghij1xyz", "abcdefghij2xyz"], width: 12) != nil)
        // The same title twice is no clash.
        #expect(TitleFit.fit(["abcdefghij1xyz", "abcdefghij1xyz"], width: 5) != nil)
    }
}
