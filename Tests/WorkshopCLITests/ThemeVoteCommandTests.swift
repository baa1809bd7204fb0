import Foundation
import Testing
import WorkshopTestSupport

/// Themes and dot votes at the prompt: a whole theming-and-voting script in batch mode, and each refusal.
struct ThemeVoteCommandTests {
    /// stirling-2015 started as `s1`, with five ideas on try-first and one on make-it-work.
    func withIdeas() throws -> ExampleCopy {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015", "--as", "s1"])
        let setup = try copy.workshop([], input: """
            open s1
            idea --group table-1 --prompt try start in freshers' week
            idea --group table-2 --prompt try ask the students' union
            idea --group table-3 --prompt try run it at lunchtime
            idea --group table-4 --prompt try pair with a module
            idea --group table-5 --prompt try free coffee
            idea --group table-5 --prompt make a named contact
            """)
        try #require(setup.stderr.isEmpty)
        return copy
    }

    @Test func aWholeThemingAndVotingScriptInBatchMode() throws {
        let copy = try withIdeas()
        let result = try copy.workshop([], input: """
            open s1
            theme Start early %1 %3
            theme Partners %2 4
            theme start EARLY %5
            theme rename Partners "Work with others"
            theme --none %5
            theme Cost %5
            theme merge Cost "Start early"
            ideas --prompt try --theme Start
            vote open try-first --dots 3 --per-item 2
            dots table-1 Start 2
            dots table-1 Work 1
            dots table-2 "Work with others" 2
            vote
            dots table-2 Start 1
            vote close
            log
            """, environment: ["COLUMNS": "200"])
        #expect(result.stderr.isEmpty)
        let out = result.stdout
        #expect(out.contains("theme 'Start early': %1 %3\n"))
        #expect(out.contains("theme 'Partners': %2 %4\n"))
        #expect(out.contains("theme 'Start early': %5\n"), "a name that differs only in case adds to the theme")
        #expect(out.contains("renamed theme 'Partners' to 'Work with others'\n"))
        #expect(out.contains("out of any theme: %5\n"))
        #expect(out.contains("merged theme 'Cost' into 'Start early'\n"))
        #expect(out.contains("""
            try-first: Which of these would you try first, and why?
              Start early
                %1  table-1  start in freshers' week
                %3  table-3  run it at lunchtime
                %5  table-5  free coffee

            """))
        #expect(out.contains("voting open on the themes of try-first: 3 dots a group, at most 2 on one\n"))
        #expect(out.contains("table-1: 2 dots on 'Start early'; 1 left\n"))
        #expect(out.contains("table-2: 2 dots on 'Work with others'; 1 left\n"))
        #expect(out.contains("""
            vote on the themes of try-first: open, 3 dots a group, at most 2 on one; 2 of 5 groups voted
              1  Work with others  [3 dots]
              2  Start early  [2 dots]
            dots left: table-1 0, table-2 1, table-3 3, table-4 3, table-5 3
            """))
        #expect(out.contains("""
            voting closed on try-first
            vote on the themes of try-first: closed, 3 dots a group, at most 2 on one; 2 of 5 groups voted
              1=  Start early  [3 dots]
              1=  Work with others  [3 dots]
            """))
        #expect(out.contains("vote closed on try-first"))
        // With no vote open, `vote` shows the results of the votes held.
        let shown = try copy.workshop(["vote", "s1"], environment: ["COLUMNS": "200"])
        #expect(shown.status == 0 && shown.stdout.hasPrefix("vote on the themes of try-first: closed, 3 dots a group"))
        #expect(shown.stdout.contains("  1=  Start early  [3 dots]\n"))
        let none = try ExampleCopy()
        _ = try none.workshop(["start", "stirling-2015", "--as", "s2"])
        #expect(try none.workshop(["vote", "s2"]).stdout == "no vote yet; 'vote open PROMPT' opens one\n")
        let listed = try copy.workshop(["ideas", "s1", "--prompt", "try"], environment: ["COLUMNS": "200"]).stdout
        #expect(listed.contains("  Start early  [3 dots]\n    %1  table-1  start in freshers' week\n"))
        #expect(listed.hasPrefix("try-first: Which of these would you try first, and why?  [vote closed on themes, 3 dots a group, at most 2 on one]\n"))
    }

    @Test func aVoteOnIdeasShowsEachIdeasDotsAndTheDefaultsComeFromThePlan() throws {
        let copy = try withIdeas()
        let plan = copy.url.appendingPathComponent("sessions/stirling-2015.yaml")
        let text = try String(contentsOf: plan, encoding: .utf8)
        try text.replacingOccurrences(of: "groups: [table-1", with: "dots: 2\ndots-per-item: 1\ngroups: [table-1")
            .write(to: copy.url.appendingPathComponent("sessions/dotted.yaml"), atomically: true, encoding: .utf8)
        _ = try copy.workshop(["start", "dotted", "--as", "d1"])
        let result = try copy.workshop([], input: """
            open d1
            idea --group table-1 --prompt try one
            idea --group table-2 --prompt try two
            vote open try
            dots table-3 %2 1
            ideas
            """, environment: ["COLUMNS": "200"])
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("voting open on the ideas of try-first: 2 dots a group, at most 1 on one\n"))
        #expect(result.stdout.contains("table-3: 1 dot on %2; 1 left\n"))
        #expect(result.stdout.contains("  %1  table-1  one  [0 dots]\n  %2  table-2  two  [1 dot]\n"))
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var line: String
        var message: String
        var testDescription: String { line }
    }

    @Test(arguments: [
        Refusal(line: "theme Timing", message: "theme: name the ideas with their numbers, e.g. 'theme Timing %3 %7'"),
        Refusal(line: "theme %1", message: "theme: name the theme before the ideas, e.g. 'theme Timing %3 %7'"),
        Refusal(line: "theme Timing %1 %42", message: "unknown idea '%42'; ideas here: %1 to %6; 'ideas' lists them"),
        Refusal(line: "theme rename Nope Other", message: "unknown theme 'Nope'; themes: Early"),
        Refusal(line: "theme rename Early", message: "theme rename: give two theme names, e.g. 'theme rename Timing \"When to start\"'; quote a name of several words"),
        Refusal(line: "theme merge Early Nope", message: "unknown theme 'Nope'; themes: Early"),
        Refusal(line: "vote open try-first --on themes --dots 0", message: "a vote gives each group 1 to 100 dots"),
        Refusal(line: "vote open make-it-work --on themes", message: "'make-it-work' has no themes to vote on yet: 'theme NAME %3 %7' makes one, or vote --on ideas"),
        Refusal(line: "vote open", message: "vote open: which prompt? name one (try-first, make-it-work)"),
        Refusal(line: "vote open nope", message: "unknown prompt 'nope'; prompts: try-first, make-it-work"),
        Refusal(line: "vote close", message: "vote close: no vote is open"),
        Refusal(line: "vote frob", message: "vote: 'frob' is not 'open' or 'close'; 'vote open PROMPT' opens a vote"),
        Refusal(line: "vote --dots 4", message: "vote: --on, --dots, --per-item and --hide-count go with 'vote open'"),
        Refusal(line: "dots table-1 %1 1", message: "dots: no vote is open; 'vote open PROMPT' opens one"),
        Refusal(line: "dots table-1 %1", message: "dots: give the group, the item and a number, e.g. 'dots table-2 %7 2'"),
        Refusal(line: "action --from-idea %42 --owner Ewan", message: "unknown idea '%42'; ideas here: %1 to %6; 'ideas' lists them"),
    ])
    func badThemeAndVoteCommandsAreRefusedInOneLineAndWriteNothing(_ refusal: Refusal) throws {
        let copy = try withIdeas()
        _ = try copy.workshop([], input: "open s1\ntheme Early %1\n")
        let before = copy.folder.snapshot()
        let result = try copy.workshop([], input: "open s1\n\(refusal.line)\n")
        #expect(result.status == 1)
        #expect(result.stderr == "line 2: error: \(refusal.message)\n")
        #expect(copy.folder.snapshot() == before)
    }

    @Test(arguments: [
        Refusal(line: "dots table-1 Early 4", message: "4 dots is more than the 3 each group has in this vote"),
        Refusal(line: "dots table-9 Early 1", message: "unknown group 'table-9'; did you mean 'table-1'? or add it with 'add-group table-9'"),
        Refusal(line: "dots table-1 Nope 1", message: "unknown theme 'Nope'; themes: Early"),
        Refusal(line: "vote open make-it-work --on ideas", message: "voting is open on 'try-first'; 'vote close' first, then open 'make-it-work'"),
    ])
    func badDotsWhileAVoteIsOpenAreRefusedAndWriteNothing(_ refusal: Refusal) throws {
        let copy = try withIdeas()
        _ = try copy.workshop([], input: "open s1\ntheme Early %1\nvote open try-first\n")
        let before = copy.folder.snapshot()
        let result = try copy.workshop([], input: "open s1\n\(refusal.line)\n")
        #expect(result.status == 1)
        #expect(result.stderr == "line 2: error: \(refusal.message)\n")
        #expect(copy.folder.snapshot() == before)
    }
}
