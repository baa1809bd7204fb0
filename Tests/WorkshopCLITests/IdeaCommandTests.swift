import Foundation
import Testing
import WorkshopTestSupport

/// Ideas at the prompt: `idea`, `ideas`, `hide`, `show` and `edit`, in process, as a facilitator types them.
struct IdeaCommandTests {
    /// A copy with stirling-2015 started as `s1` (two prompts, five tables).
    func started() throws -> ExampleCopy {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015", "--as", "s1"])
        return copy
    }

    @Test func anIdeaNeedsNoQuotesAndTakesItsGroupAndPersonaFromThePrompt() throws {
        let copy = try started()
        let result = try copy.workshop([], input: """
            open s1
            use academic table-2
            score drop-in 4
            use none
            use group table-2
            idea --prompt try start in freshers' week -ish, not after it
            idea --group table-3 --prompt make ask the students' union
            use persona phd-candidate
            idea --group table-4 --prompt try run it at lunchtime
            ideas
            """, environment: ["COLUMNS": "200"])
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("idea %1 from table-2 on try-first: \"start in freshers' week -ish, not after it\"\n"))
        #expect(result.stdout.contains("idea %2 from table-3 on make-it-work: \"ask the students' union\"\n"))
        #expect(result.stdout.contains("""
            try-first: Which of these would you try first, and why?
              %1  table-2 (academic)  start in freshers' week -ish, not after it
              %3  table-4 (phd-candidate)  run it at lunchtime

            make-it-work: What would make this activity work for your persona?
              %2  table-3  ask the students' union
            """))
    }

    @Test func theOnlyPromptAndTheOnlyGroupNeedNoOptions() throws {
        let copy = try ActionCommandTests().seriesCopy()
        let plan = copy.url.appendingPathComponent("sessions/one-prompt.yaml")
        let text = try String(contentsOf: copy.url.appendingPathComponent("sessions/action-learning-set.yaml"), encoding: .utf8)
        let cut = try #require(text.range(of: "  - id: pitfalls"))
        let end = try #require(text.range(of: "activities:"))
        try (String(text[..<cut.lowerBound]) + String(text[end.lowerBound...])).write(to: plan, atomically: true, encoding: .utf8)
        _ = try copy.workshop(["start", "one-prompt", "--as", "one"])
        let result = try copy.workshop(["idea", "one", "book", "the", "room", "early"])
        #expect(result.stderr.isEmpty)
        #expect(result.stdout == "idea %1 from set-1 on time-again: \"book the room early\"\n")
    }

    @Test func hiddenIdeasAreLeftOutUnlessAskedForAndShowBringsThemBack() throws {
        let copy = try started()
        let result = try copy.workshop([], input: """
            open s1
            idea --group table-1 --prompt try one
            idea --group table-2 --prompt try two
            idea --group table-3 --prompt try three
            hide %1 3
            ideas
            ideas --hidden
            show %3
            edit 2 two, reworded --with care
            ideas --prompt try
            undo
            ideas --format json
            """, environment: ["COLUMNS": "200"])
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains("hid %1 %3\n"))
        #expect(result.stdout.contains("try-first: Which of these would you try first, and why?\n  %2  table-2  two\ntry-first:"))
        #expect(result.stdout.contains("  %1  table-1  one  [hidden]\n  %2  table-2  two\n  %3  table-3  three  [hidden]\n"))
        #expect(result.stdout.contains("showing again %3\n"))
        #expect(result.stdout.contains("edited %2: \"two, reworded --with care\"\n"))
        #expect(result.stdout.contains("  %2  table-2  two, reworded --with care\n  %3  table-3  three\n"))
        let json = try #require(result.stdout.range(of: "{\n")).lowerBound
        let decoded = try JSONSerialization.jsonObject(with: Data(result.stdout[json...].utf8)) as? [String: Any]
        let prompts = try #require(decoded?["prompts"] as? [[String: Any]])
        let ideas = try #require(prompts.first?["ideas"] as? [[String: Any]])
        #expect(ideas.map { $0["label"] as? String } == ["%2", "%3"])
        #expect(ideas.first?["text"] as? String == "two")
        #expect(ideas.first?["group"] as? String == "table-2")
    }

    @Test func ideaTextReachesTheTerminalClean() throws {
        let copy = try started()
        let result = try copy.workshop(["idea", "s1", "--group", "table-1", "--prompt", "try", "evil\u{1b}[2Jtext\u{202e}reversed"])
        #expect(result.stdout == "idea %1 from table-1 on try-first: \"evil^[[2Jtext\\u{202e}reversed\"\n")
        let listed = try copy.workshop(["ideas", "s1"]).stdout
        #expect(!listed.contains("\u{1b}") && !listed.contains("\u{202e}"))
        let json = try copy.workshop(["ideas", "s1", "--format", "json"]).stdout
        #expect(!json.contains("\u{1b}") && !json.contains("\u{202e}"))
        #expect(json.contains("evil\\u001b[2Jtext\\u202ereversed"))
    }

    @Test func aLongIdeaWrapsToTheTerminal() throws {
        let copy = try started()
        let long = Array(repeating: "students come to the library when a lecturer sends them", count: 4).joined(separator: " ")
        _ = try copy.workshop(["idea", "s1", "--group", "table-1", "--prompt", "try", long])
        let listed = try copy.workshop(["ideas", "s1"], environment: ["COLUMNS": "40"]).stdout
        let lines = listed.split(separator: "\n")
        #expect(lines.count > 6)
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(lines.dropFirst(2).allSatisfy { $0.hasPrefix("  ") }, "continuation lines stay indented")
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var line: [String]
        var message: String
        var testDescription: String { line.joined(separator: " ") }
    }

    @Test(arguments: [
        Refusal(line: ["idea", "s1", "hello"], message: "idea: which prompt? add --prompt (try-first, make-it-work)"),
        Refusal(line: ["idea", "s1", "--prompt", "try", "hello"],
                message: "which group? add --group (table-1, table-2, table-3, table-4, table-5)"),
        Refusal(line: ["idea", "s1", "--prompt", "nope", "--group", "table-1", "x"],
                message: "unknown prompt 'nope'; prompts: try-first, make-it-work"),
        Refusal(line: ["idea", "s1", "--prompt", "try", "--group", "table-1"], message: "idea: the idea is empty; write it after 'idea'"),
        Refusal(line: ["idea", "s1", "--prompt", "try", "--group", "table-1", String(repeating: "x", count: 281)],
                message: "the idea is 281 characters; keep it to 280 (shorten it, or split it in two)"),
        Refusal(line: ["hide", "s1", "%9"], message: "unknown idea '%9'; ideas here: %1 to %2; 'ideas' lists them"),
        Refusal(line: ["hide", "s1"], message: "hide: name the ideas, e.g. 'hide %7 %12'"),
        Refusal(line: ["hide", "s1", "%1", "%9"], message: "unknown idea '%9'; ideas here: %1 to %2; 'ideas' lists them"),
        Refusal(line: ["show", "s1", "%1"], message: "idea %1 is not hidden"),
        Refusal(line: ["edit", "s1", "%1"], message: "edit: write the idea's new text after its number, e.g. 'edit %7 start earlier'"),
        Refusal(line: ["edit", "s1", "nothing", "here"], message: "unknown idea 'nothing'; ideas here: %1 to %2; 'ideas' lists them"),
    ])
    func badIdeaCommandsAreRefusedInOneLineAndWriteNothing(_ refusal: Refusal) throws {
        let copy = try started()
        _ = try copy.workshop([], input: "open s1\nidea --group table-1 --prompt try one\nidea --group table-2 --prompt try two\n")
        let before = copy.folder.snapshot()
        let result = try copy.workshop(refusal.line)
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: \(refusal.message)\n")
        #expect(copy.folder.snapshot() == before)
    }
}

/// `help` for each idea command gives its usage and an example.
struct IdeaHelpTests {
    @Test(arguments: ["idea", "ideas", "hide", "show", "edit", "theme", "vote", "dots"])
    func helpGivesAnExample(_ command: String) throws {
        let result = try InProcess.run(["help", command])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Example: workshop \(command) "))
        #expect(result.stdout.contains("USAGE: workshop \(command)"))
    }
}
