import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopCLI

/// The help lists fit the terminal: never a line wider than it, descriptions wrapped under their
/// own column; 80 columns when the output is piped and no width is known.
struct HelpWidthTests {
    static func widest(_ text: String) -> Int {
        text.split(separator: "\n").map { TextWidth.columns($0) }.max() ?? 0
    }

    @Test(arguments: [60, 120])
    func theShellsHelpFitsTheWidth(_ columns: Int) throws {
        for arguments in [["help"], ["--help"], ["help", "score"], ["summary", "--help"]] {
            let result = try InProcess.run(arguments, environment: ["COLUMNS": String(columns)])
            #expect(result.status == 0)
            #expect(Self.widest(result.stdout) <= columns, "\(arguments)")
            #expect(Self.widest(result.stdout) > columns - 25, "\(arguments) uses the room it has")
        }
    }

    @Test(arguments: [60, 120])
    func thePromptsListFitsAndWrapsUnderItsColumn(_ columns: Int) throws {
        let text = try PromptHelp.text(for: [], width: columns)
        #expect(Self.widest(text) <= columns)
        let lines = text.split(separator: "\n").map(String.init)
        let score = try #require(lines.firstIndex { $0.hasPrefix("  score (sc)") })
        // The description column: where the first line's description starts.
        let column = try #require(lines[score].range(of: "Record")).lowerBound.utf16Offset(in: lines[score])
        let continued = lines.filter { $0.hasPrefix(String(repeating: " ", count: column)) && !$0.hasPrefix(String(repeating: " ", count: column + 1)) }
        if columns == 60 {
            #expect(!continued.isEmpty, "long descriptions go on under their column")
        }
        // Every line of the list is a command's or a description's under its column.
        let list = lines.prefix { !$0.hasPrefix("  help <command>") }
        #expect(list.allSatisfy { !$0.hasPrefix("   ") || $0.hasPrefix(String(repeating: " ", count: column)) })
    }

    @Test func pipedHelpUses80Columns() throws {
        let result = try WorkshopProcess.run(["help"], environment: ["COLUMNS": ""])
        #expect(result.status == 0)
        #expect(Self.widest(result.stdout) <= 80)
        #expect(Self.widest(result.stdout) > 60)
    }

    @Test func batchHelpUses80Columns() throws {
        let copy = try ExampleCopy()
        let result = try copy.workshop([], input: "help\n", environment: ["COLUMNS": ""])
        #expect(Self.widest(result.stdout) <= 80)
        #expect(Self.widest(result.stdout) > 60)
    }
}
