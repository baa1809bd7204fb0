import Foundation
import Testing
import WorkshopTestSupport

/// Every rendering fits the terminal it is printed on, counted in characters a terminal shows (a
/// shade block is one column; colour sequences take none), not bytes.
struct TerminalWidthTests {
    struct Render: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    /// Columns a line takes: characters, leaving out `ESC [ ... letter` sequences.
    static func displayWidth(_ line: String) -> Int {
        var count = 0, inEscape = false
        for character in line {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                count += 1
            }
        }
        return count
    }

    @Test(arguments: [
        Render(arguments: ["matrix", "demo-2015"]),
        Render(arguments: ["matrix", "demo-2015", "--statistic", "consensus", "--color", "always"]),
        Render(arguments: ["matrix", "learning-set-3"]),
        Render(arguments: ["summary", "demo-2015"]),
        Render(arguments: ["summary", "learning-set-3"]),
        Render(arguments: ["status", "demo-2016"]),
        Render(arguments: ["log", "demo-2015"]),
        Render(arguments: ["log", "learning-set-2"]),
        Render(arguments: ["compare", "demo-2015", "demo-2016"]),
        Render(arguments: ["compare", "learning-set-3"]),
        Render(arguments: ["trend", "action-learning-set"]),
        Render(arguments: ["trend", "engaging-schools"]),
        Render(arguments: ["actions", "--series", "action-learning-set", "--all"]),
        Render(arguments: ["actions", "learning-set-3", "--all"]),
    ])
    func everyLineFitsAtEveryWidth(_ render: Render) throws {
        let copy = try ExampleCopy()
        for columns in [40, 60, 80, 100, 132] {
            let result = try copy.workshop(render.arguments, environment: ["COLUMNS": "\(columns)"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.count > 0)
            let long = result.stdout.components(separatedBy: "\n").filter { Self.displayWidth($0) > columns }
            #expect(long == [], "at \(columns) columns")
        }
    }

    @Test func nominalAndSparseSessionsFitToo() throws {
        let nominal = try NominalFixture(), sparse = try SparseFixture()
        for columns in [40, 60, 80, 100, 132] {
            for (copy, arguments) in [(nominal.copy, ["matrix", "channels"]), (nominal.copy, ["summary", "channels"]),
                                      (sparse.copy, ["summary", "stirling-2015"])] {
                let result = try copy.workshop(arguments, environment: ["COLUMNS": "\(columns)"])
                let long = result.stdout.components(separatedBy: "\n").filter { Self.displayWidth($0) > columns }
                #expect(result.status == 0 && long == [], "\(arguments) at \(columns) columns")
            }
        }
    }

    @Test func aLogIntoAPipeKeepsOneRecordALine() throws {
        let copy = try ExampleCopy()
        let piped = try copy.workshop(["log", "learning-set-2"], environment: ["COLUMNS": ""])
        let lines = piped.stdout.split(separator: "\n")
        #expect(lines.count > 20 && lines.allSatisfy { $0.hasPrefix("20") })
        #expect(lines.contains { $0.count > 132 })
    }

    @Test func theCountIsOfCharactersNotBytes() {
        #expect(Self.displayWidth("░▒▓█ α…") == 7)
        #expect(Self.displayWidth("\u{1B}[48;5;54;97m░1.5 \u{1B}[0m ") == 6)
    }

    @Test func textFromTheJournalCannotMoveTheCursor() throws {
        let copy = try ExampleCopy()
        #expect(try copy.workshop(["add-activity", "demo-2015", "sly", "Sly \u{1B}[2J title"]).status == 0)
        #expect(try copy.workshop(["note", "demo-2015", "Sly \u{1B}[2J note"]).status == 0)
        for (arguments, shown) in [(["matrix", "demo-2015"], "Sly ^[[2J title"), (["summary", "demo-2015"], "Sly ^[[2J note"),
                                   (["log", "demo-2015"], "Sly ^[[2J note")] {
            let result = try copy.workshop(arguments)
            #expect(result.stdout.replacingOccurrences(of: "\n  ", with: " ").contains(shown), "\(arguments)")
            #expect(!result.stdout.contains("\u{1B}"), "\(arguments)")
        }
    }
}
