import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// The prompt in a real terminal (tmux): completion, history, Ctrl-C, Ctrl-D and guided rating.
@Suite(.serialized)
struct TerminalTests {
    let copy: ExampleCopy
    let history: String

    init() throws {
        copy = try ExampleCopy()
        history = copy.url.appendingPathComponent("state/history").path
        _ = try copy.run(["start", "stirling-2015"])
    }

    func prompt() throws -> TmuxTerminal {
        let terminal = try TmuxTerminal(["--root", copy.path], environment: [
            "WORKSHOP_HISTORY": history, "WORKSHOP_FACILITATOR": "anna", "HOME": copy.path,
        ])
        try terminal.waitFor("workshop> ")
        return terminal
    }

    @Test func tabCompletesCommandsIdsAndTitleWords() throws {
        let terminal = try prompt()
        try terminal.send("op")
        try terminal.press("Tab")
        try terminal.waitFor("workshop> open ")
        try terminal.send("stir")
        try terminal.press("Tab")
        try terminal.waitFor("workshop> open stirling-2015 ")
        try terminal.press("Enter")
        try terminal.waitFor("stirling-2015> ")
        try terminal.send("use und")
        try terminal.press("Tab")
        try terminal.send("table-3")
        try terminal.press("Enter")
        try terminal.waitFor("stirling-2015 undergraduate·table-3> ")
        // "caf" is no id's start, but the start of a word of "Research cafés".
        try terminal.send("sc")
        try terminal.press("Tab")
        try terminal.send("caf")
        try terminal.press("Tab")
        try terminal.waitFor("> score research-cafes ")
        try terminal.send("4")
        try terminal.press("Enter")
        try terminal.waitFor("recorded research-cafes · undergraduate · table-3 = 4")
        // Two tabs on an ambiguous prefix list the candidates.
        try terminal.send("score drop-in 5 -g table-")
        try terminal.press("Tab", "Tab")
        let screen = try terminal.waitFor("table-5")
        #expect(screen.contains("table-1") && screen.contains("table-2"))
    }

    @Test func historySurvivesARestartWithoutBlanksOrRepeats() throws {
        do {
            let first = try prompt()
            try first.send("status stirling-2015")
            try first.press("Enter")
            try first.waitFor("answers: 0")
            try first.send("status stirling-2015")
            try first.press("Enter", "Enter")
            try first.send("quit")
            try first.press("Enter")
            try first.waitFor("EXIT:0")
        }
        let lines = try String(contentsOfFile: history, encoding: .utf8).split(separator: "\n")
        #expect(lines == ["status stirling-2015", "quit"])
        let mode = try FileManager.default.attributesOfItem(atPath: history)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let second = try prompt()
        try second.press("Up", "Up")
        try second.waitFor("workshop> status stirling-2015")
    }

    @Test func ctrlCClearsTheLineAndNeverExitsCtrlDDoes() throws {
        let terminal = try prompt()
        try terminal.send("score something half typed")
        try terminal.press("C-c")
        try terminal.waitFor("^C")
        try terminal.send("help")
        try terminal.press("Enter")
        try terminal.waitFor("help <command> for its usage")
        #expect(try !terminal.screen().contains("EXIT:"))
        try terminal.press("C-d")
        try terminal.waitFor("EXIT:0")
    }

    @Test func guidedRatingTakesOneKeyPerScore() throws {
        let terminal = try prompt()
        try terminal.send("open stirling-2015")
        try terminal.press("Enter")
        try terminal.send("rate undergraduate table-3")
        try terminal.press("Enter")
        try terminal.waitFor(" 1/14 Bring-a-friend appointments › ")
        try terminal.send("4")
        try terminal.waitFor(" 2/14 ")
        try terminal.send("5")
        try terminal.send("?")
        try terminal.waitFor(" 4/14 ")
        try terminal.press("Space")
        try terminal.waitFor(" 5/14 ")
        try terminal.press("BSpace")
        try terminal.waitFor("back")
        try terminal.send("3")
        try terminal.waitFor(" 5/14 ")
        try terminal.press("C-c")
        try terminal.waitFor("rated 4 of 14 for undergraduate · table-3; left at item 5")
        try terminal.send("quit")
        try terminal.press("Enter")
        try terminal.waitFor("EXIT:0")
        let state = try Session.open("stirling-2015", root: ProjectRoot(path: copy.path), writable: false).state
        func answer(_ activity: String) -> Answer? {
            state.answer(for: Cell(activity: activity, persona: "undergraduate", group: "table-3"))
        }
        #expect(answer("bring-a-friend") == .level(3))
        #expect(answer("consultations") == .level(4))
        #expect(answer("drop-in") == .unsure)
        #expect(answer("embedded-teaching") == .level(2))
        #expect(answer("vle-presence") == nil)
    }

    @Test func guidedRatingCountsWhatIsOnDiskAfterABackStepAndASkip() throws {
        let terminal = try prompt()
        try terminal.send("open stirling-2015")
        try terminal.press("Enter")
        try terminal.send("rate undergraduate table-3")
        try terminal.press("Enter")
        try terminal.waitFor(" 1/14 ")
        try terminal.send("4")
        try terminal.waitFor(" 2/14 ")
        try terminal.press("BSpace")
        try terminal.waitFor("back")
        try terminal.send("4")
        try terminal.waitFor("4 unchanged")
        try terminal.press("Space")
        try terminal.waitFor(" 3/14 ")
        for _ in 3...14 { try terminal.send("3") }
        // Thirteen answers were pressed after the first, one cell was skipped: 13 on disk, not 14.
        try terminal.waitFor("rated 13 of 14 for undergraduate · table-3 (1 left empty)")
        let journal = try String(contentsOf: copy.journal("stirling-2015"), encoding: .utf8)
        #expect(journal.split(separator: "\n").count == 1 + 13)
    }

    @Test func guidedReviewTakesOneKeyPerActionAndACapitalAsksForANote() throws {
        try copy.removeBundledLearningSet()
        let plan = try String(contentsOf: copy.url.appendingPathComponent("sessions/action-learning-set.yaml"), encoding: .utf8)
        try plan.replacingOccurrences(of: "date: 2016-02-10", with: "date: 2016-03-23")
            .write(to: copy.url.appendingPathComponent("sessions/als-next.yaml"), atomically: true, encoding: .utf8)
        _ = try copy.run([], input: "start action-learning-set --as m1\naction write it up\naction film it\naction tell the dean\n")
        _ = try copy.run(["start", "als-next", "--as", "m2"])
        let terminal = try prompt()
        try terminal.send("open m2")
        try terminal.press("Enter")
        try terminal.send("review")
        try terminal.press("Enter")
        try terminal.waitFor("1/3 #1 \"write it up\"")
        try terminal.send("d")
        try terminal.waitFor("2/3 #2 \"film it\"")
        try terminal.send("P")
        try terminal.waitFor("note: ")
        try terminal.send("crew booked")
        try terminal.press("Enter")
        try terminal.waitFor("in-progress — crew booked")
        try terminal.press("Space")
        try terminal.waitFor("reviewed 2 of 3 carried actions; 1 still to review")
        try terminal.send("undo")
        try terminal.press("Enter")
        try terminal.waitFor("undid review #2: in-progress")
        let log = try copy.run(["log", "m2"]).stdout
        #expect(log.contains("review #1: done"))
        #expect(log.contains("review #2: in-progress — \"crew booked\"  (undone)"))
        #expect(!log.contains("review #3"))
    }
}
