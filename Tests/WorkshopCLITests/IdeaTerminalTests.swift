import Foundation
import Testing
import WorkshopTestSupport

/// Ideas at the prompt in a real terminal (tmux): typed with no quotes, and `%` numbers completed.
@Suite(.serialized)
struct IdeaTerminalTests {
    @Test(.enabled(if: TmuxTerminal.isAvailable))
    func anIdeaTypedWithoutQuotesAndItsNumberCompletedWithTab() throws {
        let copy = try ExampleCopy()
        _ = try copy.run(["start", "stirling-2015"])
        let terminal = try TmuxTerminal.prompt(on: copy, opening: "stirling-2015")
        try terminal.waitFor("stirling-2015> ")
        try terminal.type("use group table-2")
        try terminal.type("idea start in freshers' week, don't wait --prompt try")
        try terminal.waitFor("idea %1 from table-2 on try-first: \"start in freshers' week, don't wait\"")
        try terminal.type("idea it's cheaper at lunchtime --prompt try")
        try terminal.waitFor("idea %2 from table-2 on try-first")
        try terminal.send("hide %")
        try terminal.press("Tab", "Tab")
        let screen = try terminal.waitFor("%2")
        #expect(screen.contains("%1"))
        try terminal.send("2")
        try terminal.press("Enter")
        try terminal.waitFor("hid %2")
        // Only %2 is hidden, so Tab completes it in full.
        try terminal.send("show %")
        try terminal.press("Tab")
        try terminal.waitFor("show %2 ")
        try terminal.press("Enter")
        try terminal.waitFor("showing again %2")
        try terminal.send("theme Timing and cost %1 %")
        try terminal.press("Tab", "Tab")
        try terminal.send("2")
        try terminal.press("Enter")
        try terminal.waitFor("theme 'Timing and cost': %1 %2")
        try terminal.type("quit")
        try terminal.waitFor("EXIT:0")
    }
}
