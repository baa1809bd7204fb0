import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopCLI

/// Columns on a terminal, and cuts that never split a character or a code for one.
struct TextWidthTests {
    struct Width: Sendable, CustomTestStringConvertible {
        var text: String
        var columns: Int
        var testDescription: String { text }
    }

    @Test(arguments: [
        Width(text: "Academic", columns: 8),
        Width(text: "日本語", columns: 6),
        Width(text: "ｆｕｌｌ", columns: 8),
        Width(text: "한국어", columns: 6),
        Width(text: "👍🏽 ok", columns: 5),
        Width(text: "👩‍👩‍👧", columns: 2),
        Width(text: "❤️", columns: 2),
        Width(text: "🇬🇧", columns: 2),
        Width(text: "Cafe\u{301}", columns: 4),
        Width(text: "^[[2J", columns: 5),
        Width(text: "\\u{202e}", columns: 8),
        Width(text: "\u{1B}[48;5;54;97m░1.5 \u{1B}[0m ", columns: 6),
    ])
    func columnsAreWhatATerminalShows(_ test: Width) {
        #expect(TextWidth.columns(test.text) == test.columns)
    }

    @Test func cutsFallBetweenWholeCharactersAndCodes() {
        #expect(TextWidth.prefix("ab^[[2J", 3) == "ab")
        #expect(TextWidth.prefix("ab^[[2J", 4) == "ab^[")
        #expect(TextWidth.prefix("x\\u{202e}y", 5) == "x")
        #expect(TextWidth.prefix("x\\u{202e}y", 9) == "x\\u{202e}")
        #expect(TextWidth.prefix("日本語", 3) == "日")
        #expect(TextWidth.prefix("Cafe\u{301}s", 4) == "Cafe\u{301}")
        #expect(TextWidth.prefix("👩‍👩‍👧👩‍👩‍👧", 3) == "👩‍👩‍👧")
    }

    @Test func abbreviateAndPadCountColumns() {
        #expect(abbreviate("日本語のタイトル", 7) == "日本語…")
        #expect(TextWidth.columns(abbreviate("日本語のタイトル", 7)) == 7)
        #expect(abbreviate("Title ^[]0;PWNED^G", 10) == "Title ^[]…")
        #expect(pad("日本", 6) == "日本  ")
        #expect(pad("é", 3) == "é  ")
    }

    @Test func aWordTooLongForTheLineIsCutBetweenCodes() {
        let word = String(repeating: "\\u{202e}", count: 6)
        let lines = Wrap.fit("  " + word, width: 20)
        #expect(lines.allSatisfy { TextWidth.columns($0) <= 20 })
        #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.joined() == word)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("    \\u{202e}") })
    }

    @Test func headingsOfWideNamesFitTheirColumnsAndStayUnique() {
        let names = ["日本語の学生", "日本語の教員", "中文学生", "Mallory ^[]0;PWNED^G"]
        for width in 1...14 {
            let headings = Headings.abbreviate(names, width: width)
            #expect(headings.allSatisfy { TextWidth.columns($0) <= width && !$0.isEmpty }, "width \(width): \(headings)")
            #expect(Set(headings).count == names.count, "width \(width): \(headings)")
            #expect(headings.allSatisfy { !$0.hasSuffix("^") }, "width \(width): \(headings)")
        }
    }

    /// Columns as a terminal counts them, for the few scripts the test uses: CJK and fullwidth two.
    static func displayColumns(_ line: Substring) -> Int {
        line.reduce(0) { sum, character in
            let value = character.unicodeScalars.first?.value ?? 0
            let wide = (0x2E80...0xA4CF).contains(value) || (0xAC00...0xD7A3).contains(value) || (0xFF00...0xFF60).contains(value)
            return sum + (wide ? 2 : 1)
        }
    }

    @Test func aMatrixOfJapaneseNamesKeepsItsColumnsInLine() throws {
        let copy = try ExampleCopy()
        try "name: 留学生の皆さん\n".write(to: copy.url.appendingPathComponent("personas/ryugakusei.yaml"), atomically: true, encoding: .utf8)
        try """
            title: 図書館の活動
            scale: 1-5
            personas: [ryugakusei, academic]
            groups: [t1]
            activities:
              - {id: tour, title: 図書館ツアー（英語と日本語）}
              - {id: desk, title: Drop-in desk}
            """.write(to: copy.url.appendingPathComponent("sessions/toshokan.yaml"), atomically: true, encoding: .utf8)
        #expect(try copy.workshop([], input: "start toshokan\nrow ryugakusei t1 4 3\nrow academic t1 5 2\n").status == 0)
        for columns in [40, 60, 80] {
            let lines = try copy.workshop(["matrix", "toshokan"], environment: ["COLUMNS": "\(columns)"]).stdout.split(separator: "\n")
            #expect(lines.allSatisfy { Self.displayColumns($0) <= columns }, "\(columns): \(lines)")
            // The standing column starts at the same place on the heading and every row.
            let bars = Set(lines.compactMap { line in line.firstIndex(of: "│").map { Self.displayColumns(line[..<$0]) } })
            #expect(bars.count == 1, "\(columns): \(lines)")
        }
    }
}
