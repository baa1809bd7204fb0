import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// `rate` on a 1-10 scale in a real terminal: 1 then 0 records 10, not 1 with the 0 dropped, and 1
/// then Enter records 1.
@Suite(.serialized)
struct RateKeysTerminalTests {
    @Test func tenIsTypedAsOneThenZeroAndOneAsOneThenEnter() throws {
        let copy = try ExampleCopy()
        let plan = try String(contentsOf: copy.url.appendingPathComponent("sessions/stirling-2015.yaml"), encoding: .utf8)
        try plan.replacingOccurrences(of: "scale: 1-5", with: "scale: 1-10")
            .replacingOccurrences(of: "series: engaging-schools\n", with: "")
            .write(to: copy.url.appendingPathComponent("sessions/ten-point.yaml"), atomically: true, encoding: .utf8)
        _ = try copy.run(["start", "ten-point"])
        let terminal = try TmuxTerminal.prompt(on: copy, opening: "ten-point")
        try terminal.send("rate undergraduate table-3")
        try terminal.press("Enter")
        try terminal.waitFor("1 waits for the next key or Enter")
        try terminal.waitFor(" 1/14 Bring-a-friend appointments › ")
        try terminal.send("1")
        // The walk waits: no timer takes the 1 while the 0 is on its way.
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try !terminal.screen().contains(" 2/14 "))
        try terminal.send("0")
        try terminal.waitFor(" 2/14 ")
        try terminal.send("1")
        try terminal.press("Enter")
        try terminal.waitFor(" 3/14 ")
        try terminal.send("7")
        try terminal.waitFor(" 4/14 ")
        try terminal.press("C-c")
        try terminal.waitFor("rated 3 of 14 for undergraduate · table-3; left at item 4")
        let screen = try terminal.screen()
        #expect(screen.contains("Bring-a-friend appointments › 10"), "\(screen)")
        try terminal.send("quit")
        try terminal.press("Enter")
        try terminal.waitFor("EXIT:0")
        let state = try Session.open("ten-point", root: ProjectRoot(path: copy.path), writable: false).state
        func answer(_ activity: String) -> String? {
            state.answer(for: Cell(activity: activity, persona: "undergraduate", group: "table-3")).map { $0.key(on: state.plan.scale) }
        }
        #expect(answer("bring-a-friend") == "10")
        #expect(answer("consultations") == "1")
        #expect(answer("drop-in") == "7")
        let journal = try String(contentsOf: copy.journal("ten-point"), encoding: .utf8)
        #expect(journal.contains(#""activity":"bring-a-friend","persona":"undergraduate","group":"table-3","answer":"10""#))
    }

    /// Ctrl-→ sends `Esc [ 1 ; 5 C`: the walk reads the sequence whole and records nothing (it took
    /// the 5 as an answer), while a bare → still skips.
    @Test func aModifiedArrowKeyRecordsNothing() throws {
        let copy = try ExampleCopy()
        _ = try copy.run(["start", "stirling-2015"])
        let terminal = try TmuxTerminal.prompt(on: copy, opening: "stirling-2015")
        try terminal.send("rate undergraduate table-3")
        try terminal.press("Enter")
        try terminal.waitFor(" 1/14 Bring-a-friend appointments › ")
        try terminal.press("C-Right")
        try terminal.press("S-Right")
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try !terminal.screen().contains(" 2/14 "), "a modified arrow is no answer and no skip")
        try terminal.press("Right")
        try terminal.waitFor(" 2/14 ")
        try terminal.send("3")
        try terminal.waitFor(" 3/14 ")
        try terminal.press("C-c")
        try terminal.waitFor("rated 1 of 14")
        try terminal.send("quit")
        try terminal.press("Enter")
        try terminal.waitFor("EXIT:0")
        let state = try Session.open("stirling-2015", root: ProjectRoot(path: copy.path), writable: false).state
        func answer(_ activity: String) -> String? {
            state.answer(for: Cell(activity: activity, persona: "undergraduate", group: "table-3")).map { $0.key(on: state.plan.scale) }
        }
        #expect(answer("bring-a-friend") == nil)
        #expect(answer("consultations") == "3")
    }

    /// A walk's answers each stand on their own: `undo` takes back the last and says it was one of
    /// a walk; `undo --walk` takes back the rest; `redo --walk` puts the walk back.
    @Test func undoOffersTheLastAnswerOfAWalkOrTheWholeWalk() throws {
        let copy = try ExampleCopy()
        _ = try copy.run(["start", "stirling-2015"])
        let terminal = try TmuxTerminal.prompt(on: copy, opening: "stirling-2015")
        try terminal.send("rate undergraduate table-3")
        try terminal.press("Enter")
        try terminal.waitFor(" 1/14 ")
        try terminal.send("4")
        try terminal.waitFor(" 2/14 ")
        try terminal.send("3")
        try terminal.waitFor(" 3/14 ")
        try terminal.send("2")
        try terminal.waitFor(" 4/14 ")
        try terminal.press("C-c")
        try terminal.waitFor("rated 3 of 14")
        try terminal.send("undo")
        try terminal.press("Enter")
        try terminal.waitFor("undid score drop-in · undergraduate · table-3 = 2 (the last answer of a rate walk;")
        try terminal.waitFor("'undo --walk' takes back the other 2)")
        try terminal.send("undo --walk")
        try terminal.press("Enter")
        try terminal.waitFor("undid a rate walk: 2 answers ('redo --walk' puts them back)")
        try terminal.send("redo --walk")
        try terminal.press("Enter")
        try terminal.waitFor("redid a rate walk: 3 answers")
        try terminal.send("quit")
        try terminal.press("Enter")
        try terminal.waitFor("EXIT:0")
        let state = try Session.open("stirling-2015", root: ProjectRoot(path: copy.path), writable: false).state
        #expect(state.currentAnswers.count == 3)
        let journal = try String(contentsOf: copy.journal("stirling-2015"), encoding: .utf8)
        #expect(journal.components(separatedBy: #""walk":""#).count == 4)
    }
}
