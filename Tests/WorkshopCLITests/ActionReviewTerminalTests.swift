import Foundation
import Testing
import WorkshopTestSupport

/// The review walk at the prompt, in tmux (issue 28, item 3): an action due before the meeting that
/// reviews it is marked overdue as the walk reaches it; one due later is not.
@Suite(.serialized)
struct ActionReviewTerminalTests {
    @Test func theWalkMarksAnOverdueAction() throws {
        let copy = try ActionCommandTests().seriesCopy()
        _ = try copy.run([], input: "start action-learning-set --as m1\naction write it up --due 2016-03-01\naction film it --due 2016-05-01\n")
        _ = try copy.run(["start", "als-next", "--as", "m2"])
        let terminal = try TmuxTerminal.prompt(on: copy, opening: "m2")
        try terminal.type("review")
        try terminal.waitFor("1/2 #1 \"write it up\" (due 2016-03-01) overdue ›")
        try terminal.send("d")
        let screen = try terminal.waitFor("2/2 #2 \"film it\" (due 2016-05-01) ›")
        #expect(!screen.contains("(due 2016-05-01) overdue"))
        try terminal.send("q")
        try terminal.waitFor("reviewed 1 of 2 carried actions")
    }
}
