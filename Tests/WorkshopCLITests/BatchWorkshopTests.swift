import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// A whole small workshop piped into the prompt, as a script would run it.
struct BatchWorkshopTests {
    static let script = """
        # Stirling, morning: two tables
        start stirling-2015
        use undergraduate table-3
        score drop-in 4
        sc caf 5 --note "lunchtime works"
        score bring ?
        undo
        row phd-candidate table-1 1 2 3 4 5 ? - 1 2 3 4 5 1 2
        row phd-candidate table-1 1 2 3
        note "the room wants a peer-mentor activity" --prompt try-first
        add-activity peer-mentors "Peer mentors"
        score peer 3
        status
        """

    @Test func aWholeSmallWorkshop() throws {
        let copy = try ExampleCopy()
        let result = try copy.run([], input: Self.script)
        #expect(result.status == 1, "one row was refused, so the script fails")
        #expect(result.stderr == "line 9: error: row: 3 answers for 14 activities: answer 4, for Embedded skills teaching, is missing ('-' leaves one empty); nothing was recorded\n")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(Array(lines.prefix(9)) == [
            "started session 'stirling-2015' from plan 'stirling-2015': 14 activities, 5 personas, 5 groups, scale 1-5 (\(copy.path)/sessions/stirling-2015.jsonl)",
            "using persona undergraduate, group table-3",
            "recorded drop-in · undergraduate · table-3 = 4",
            "recorded research-cafes · undergraduate · table-3 = 5",
            "recorded bring-a-friend · undergraduate · table-3 = unsure (?)",
            "undid score bring-a-friend · undergraduate · table-3 = unsure (?)",
            "recorded 13 answers for phd-candidate · table-1 (1 left empty)",
            "noted: on prompt try-first: \"the room wants a peer-mentor activity\"",
            "added activity 'peer-mentors': Peer mentors",
        ])
        #expect(lines.contains("recorded peer-mentors · undergraduate · table-3 = 3"))
        #expect(lines.contains("answers: 16 (1 unsure), 2 notes, 0 replaced or withdrawn, 1 undone"))

        // The journal says the same, read back through the library.
        let session = try Session.open("stirling-2015", root: ProjectRoot(path: copy.path), writable: false)
        let state = session.state
        #expect(state.answer(for: Cell(activity: "drop-in", persona: "undergraduate", group: "table-3")) == .level(3))
        #expect(state.answer(for: Cell(activity: "bring-a-friend", persona: "undergraduate", group: "table-3")) == nil)
        #expect(state.answer(for: Cell(activity: "drop-in", persona: "phd-candidate", group: "table-1")) == .level(2))
        #expect(state.answer(for: Cell(activity: "embedded-teaching", persona: "phd-candidate", group: "table-1")) == .level(3), "answer 4 is level index 3")
        #expect(state.answer(for: Cell(activity: "induction", persona: "phd-candidate", group: "table-1")) == .unsure)
        #expect(state.answer(for: Cell(activity: "pgr-induction", persona: "phd-candidate", group: "table-1")) == nil)
        #expect(state.activeNotes.map(\.text) == ["lunchtime works", "the room wants a peer-mentor activity"])
        let journal = try String(contentsOf: copy.journal("stirling-2015"), encoding: .utf8)
        // The row is a batch record and its 13 answers.
        #expect(journal.split(separator: "\n").count == 1 + 3 + 1 + 1 + 13 + 1 + 1 + 1)
    }

    @Test func bailStopsAtTheRefusedRowAndKeepsWhatCameBefore() throws {
        let copy = try ExampleCopy()
        let result = try copy.run(["--bail"], input: Self.script)
        #expect(result.status == 1)
        #expect(!result.stdout.contains("noted:"))
        let state = try Session.open("stirling-2015", root: ProjectRoot(path: copy.path), writable: false).state
        #expect(state.currentAnswers.count == 15)
    }

    @Test func runFileNamesTheFileInErrors() throws {
        let copy = try ExampleCopy()
        let script = copy.url.appendingPathComponent("morning.txt")
        try Self.script.write(to: script, atomically: true, encoding: .utf8)
        let result = try copy.run(["run", script.path])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("\(script.path):9: error: row: 3 answers for 14 activities"))
        #expect(result.stdout.contains("recorded peer-mentors"))
    }

    @Test func batchOutputHasNoTerminalCodesEvenWhenColourIsAllowed() throws {
        let copy = try ExampleCopy()
        let result = try copy.run([], input: Self.script, environment: ["NO_COLOR": "", "TERM": "xterm-256color"])
        #expect(!result.stdout.contains("\u{1B}"))
        #expect(!result.stderr.contains("\u{1B}"))
    }

    @Test func colourAlwaysIsHonoured() throws {
        let copy = try ExampleCopy()
        _ = try copy.run(["start", "stirling-2015"])
        let result = try copy.run(["score", "stir", "drop-in", "phd", "4", "-g", "table-1", "--color", "always"])
        #expect(result.stdout == "\u{1B}[32mrecorded\u{1B}[0m drop-in · phd-candidate · table-1 = 4\n")
    }

    @Test func helpAtThePromptListsCommandsAndExplainsOne() throws {
        let copy = try ExampleCopy()
        let result = try copy.run([], input: "help\nhelp score\nhelp bogus\nhelp chek\n")
        #expect(result.stdout.contains("  score (sc)    Record an answer for an activity, persona and group."))
        #expect(result.stdout.contains("USAGE: workshop score <session> <activity> <persona> <answer>"))
        #expect(result.stdout.contains("Example: workshop score stirling-2015 drop-in undergraduate 4 --group table-3"))
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 2)
        #expect(errors.first?.hasPrefix("line 3: error: unknown command 'bogus'; the commands are init, check, start, ") == true)
        #expect(errors.last == "line 4: error: unknown command 'chek'; did you mean 'check'?")
    }

    @Test func rateNeedsATerminal() throws {
        let copy = try ExampleCopy()
        let result = try copy.run([], input: "start stirling-2015\nrate undergraduate table-1\n")
        #expect(result.stderr == "line 2: error: rate reads single keys from a terminal; in scripts use 'row'\n")
    }

    @Test func anAmbiguousCommandPrefixListsTheCandidates() throws {
        let result = try WorkshopProcess.run(["st", "--root", Paths.example.path])
        #expect(result.stderr == "error: command 'st' is ambiguous: start, status; type more of it\n")
    }
}
