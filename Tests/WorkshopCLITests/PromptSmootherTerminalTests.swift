import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopCLI

/// The prompt in a real terminal (tmux): its help list fits the window, and a table scored as
/// another persona than the one it has played is asked about first.
@Suite(.serialized)
struct PromptSmootherTerminalTests {
    @Test(.enabled(if: TmuxTerminal.isAvailable), arguments: [60, 120])
    func theHelpListFitsTheWindow(_ columns: Int) throws {
        let copy = try ExampleCopy()
        let terminal = try TmuxTerminal.prompt(on: copy)
        try terminal.resize(columns: columns)
        try terminal.type("help")
        let screen = try terminal.waitFor("ANSWER'.")
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { TextWidth.columns($0) <= columns })
        // Descriptions wrapped under their column, not cut and not run on under the names.
        let expected = try PromptHelp.text(for: [], width: columns).split(separator: "\n").suffix(6)
        for line in expected { #expect(screen.contains(line), "\(line)") }
        try terminal.type("quit")
        try terminal.waitFor("EXIT:0")
    }

    @Test(.enabled(if: TmuxTerminal.isAvailable))
    func anotherPersonaForATableIsAskedAboutNoByDefault() throws {
        let copy = try ExampleCopy()
        _ = try copy.run(["start", "stirling-2015"])
        let terminal = try TmuxTerminal.prompt(on: copy, opening: "stirling-2015")
        try terminal.waitFor("stirling-2015> ")
        try terminal.type("use undergraduate table-3")
        try terminal.type("score drop-in 4")
        try terminal.waitFor("recorded drop-in · undergraduate · table-3 = 4")
        let before = try Data(contentsOf: copy.journal("stirling-2015"))
        try terminal.type("score drop-in academic 2")
        try terminal.waitFor("table-3 has answered as undergraduate so far, not academic; record as academic? [y/N] ")
        try terminal.press("Enter")
        try terminal.waitFor("nothing recorded")
        #expect(try Data(contentsOf: copy.journal("stirling-2015")) == before)
        try terminal.type("score drop-in academic 2")
        // The question again (the first one is still on the screen, answered 'n').
        let deadline = Date().addingTimeInterval(10)
        while try terminal.screen().components(separatedBy: "[y/N] ").count < 3, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
        }
        try terminal.send("y")
        try terminal.waitFor("recorded drop-in · academic · table-3 = 2")
        try terminal.type("quit")
        try terminal.waitFor("EXIT:0")
    }
}
