import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopCLI

/// The prompt's everyday path through batch mode and subcommands: errors after `use` name only
/// what is missing, packed rows, a table held to its persona, and how to add an unknown group.
struct PromptSmootherTests {
    /// Runs `lines` in batch mode after starting stirling-2015; returns standard error's lines.
    static func errors(_ lines: [String], copy: ExampleCopy) throws -> [String] {
        let result = try copy.workshop([], input: (["start stirling-2015"] + lines).joined(separator: "\n") + "\n")
        return result.stderr.split(separator: "\n").map(String.init)
    }

    @Test func afterUseAnErrorNamesOnlyWhatIsStillMissing() throws {
        let copy = try ExampleCopy()
        let errors = try Self.errors([
            "use academic", "score drop-in 3", "score 3", "score drop-in",
            "use academic table-1", "score 3", "use none", "score drop-in 4",
        ], copy: copy)
        let groups = "table-1, table-2, table-3, table-4, table-5"
        #expect(errors == [
            "line 3: error: which group? add --group (\(groups)), or 'use group NAME' first",
            "line 4: error: score: missing the activity and the group; for the group add --group (\(groups)), "
                + "or 'use group NAME' first; usage: score ACTIVITY ANSWER [--group GROUP]",
            "line 5: error: score: missing the answer and the group; for the group add --group (\(groups)), "
                + "or 'use group NAME' first; usage: score ACTIVITY ANSWER [--group GROUP]",
            "line 7: error: score: missing the activity; usage: score ACTIVITY ANSWER [--group GROUP]",
            "line 9: error: score: missing the persona and the group; for the group add --group (\(groups)), "
                + "or 'use group NAME' first; usage: score ACTIVITY PERSONA ANSWER [--group GROUP]",
        ])
        #expect(errors.allSatisfy { !$0.contains("persona") || $0.hasPrefix("line 9:") })
    }

    @Test func atTheShellAndForRowsTheMissingWordsAreNamed() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let result = try copy.workshop(["score", "stirling-2015", "drop-in", "4"])
        #expect(result.stderr == "error: score: missing the persona and the group; for the group add --group "
            + "(table-1, table-2, table-3, table-4, table-5); usage: workshop score SESSION ACTIVITY PERSONA ANSWER [--group GROUP]\n")
        let row = try copy.workshop([], input: "open stirling-2015\nuse group table-2\nrow 12345\n")
        #expect(row.stderr == "line 3: error: row: missing the persona; usage: row PERSONA GROUP ANSWER..., "
            + "or the answers alone after 'use PERSONA GROUP'\n")
    }

    @Test func aRowTakesPackedDigitsOnAOneKeyScale() throws {
        let copy = try ExampleCopy()
        let result = try copy.workshop([], input: """
            start stirling-2015
            row phd-candidate table-1 12345?-1234512
            use undergraduate table-3
            row 3445 2134 5?-123
            matrix
            """)
        #expect(result.stderr == "")
        #expect(result.stdout.contains("recorded 13 answers for phd-candidate · table-1 (1 left empty)"))
        #expect(result.stdout.contains("recorded 13 answers for undergraduate · table-3 (1 left empty)"))
        let log = try copy.workshop(["log", "stirling-2015"]).stdout
        #expect(log.contains("undergraduate · table-3 = 3"))
    }

    @Test func aWrongCountOrDigitIsOneLineNamingThePosition() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let before = try Data(contentsOf: copy.journal("stirling-2015"))
        let short = try copy.workshop(["row", "stirling-2015", "academic", "table-1", "1234512345"])
        #expect(short.status == 1)
        #expect(short.stderr.hasPrefix("error: row: 10 answers for 14 activities: answer 11, for "))
        #expect(short.stderr.hasSuffix(", is missing ('-' leaves one empty); nothing was recorded\n"))
        let long = try copy.workshop(["row", "stirling-2015", "academic", "table-1", "123451234512345"])
        #expect(long.stderr == "error: row: 15 answers for 14 activities: answer 15, '5', is one too many; nothing was recorded\n")
        let digit = try copy.workshop(["row", "stirling-2015", "academic", "table-1", "12345", "6", "12345123"])
        #expect(digit.stderr.hasPrefix("error: row: answer 6 of 14, '6' for "))
        #expect(digit.stderr.hasSuffix(", is not on the scale '1-5' (1, 2, 3, 4, 5, ? or -); nothing was recorded\n"))
        let packed = try copy.workshop(["row", "stirling-2015", "academic", "table-1", "12345612345123"])
        #expect(packed.stderr.hasPrefix("error: row: answer 6 of 14, '6' for "), "a digit off the scale is named by its place")
        let label = try copy.workshop(["row", "stirling-2015", "academic", "table-1", "12345", "high", "12345123"])
        #expect(label.stderr.hasPrefix("error: row: answer 6 of 14, 'high' for "), "a word of letters is one answer")
        #expect(try Data(contentsOf: copy.journal("stirling-2015")) == before)
        #expect([short, long, digit, packed, label].allSatisfy { $0.stderr.split(separator: "\n").count == 1 })
    }

    @Test func anotherPersonaForATableIsRefusedWithTheFlagToForceIt() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        #expect(try copy.workshop(["score", "stirling-2015", "drop-in", "undergraduate", "4", "-g", "table-3"]).status == 0)
        let before = try Data(contentsOf: copy.journal("stirling-2015"))
        let refusal = "table-3 has answered as undergraduate so far, not academic; add --persona-change to record it as academic anyway"
        let score = try copy.workshop(["score", "stirling-2015", "drop-in", "academic", "4", "-g", "table-3"])
        #expect(score.status == 1)
        #expect(score.stderr == "error: \(refusal)\n")
        let row = try copy.workshop(["row", "stirling-2015", "academic", "table-3", "12345123451234"])
        #expect(row.stderr == "error: \(refusal)\n")
        let batch = try copy.workshop([], input: "open stirling-2015\nuse academic table-3\nscore caf 2\n")
        #expect(batch.stderr == "line 3: error: \(refusal)\n")
        #expect(try Data(contentsOf: copy.journal("stirling-2015")) == before)
        let forced = try copy.workshop(["score", "stirling-2015", "drop-in", "academic", "4", "-g", "table-3", "--persona-change"])
        #expect(forced.status == 0)
        // Another table, and the same persona again, are not held.
        #expect(try copy.workshop(["score", "stirling-2015", "drop-in", "academic", "4", "-g", "table-4"]).status == 0)
        #expect(try copy.workshop(["score", "stirling-2015", "caf", "undergraduate", "5", "-g", "table-3"]).status == 0)
    }

    @Test func aSessionWithOneGroupRatesEveryPersonaFromIt() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "action-learning-set", "--as", "set-x"])
        #expect(try copy.workshop(["score", "set-x", "bids", "academic", "4"]).status == 0)
        #expect(try copy.workshop(["score", "set-x", "bids", "phd-candidate", "3"]).status == 0)
    }

    @Test func anUnknownGroupSaysHowToAddIt() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let shell = try copy.workshop(["score", "stirling-2015", "drop-in", "academic", "4", "-g", "table-9"])
        #expect(shell.stderr == "error: unknown group 'table-9'; did you mean 'table-1'? or add it with 'workshop add-group SESSION table-9'\n")
        let prompt = try copy.workshop([], input: "open stirling-2015\nscore drop-in academic 4 -g kitchen\nadd-group kitchen\nscore drop-in academic 4 -g kitchen\n")
        #expect(prompt.stderr == "line 2: error: unknown group 'kitchen'; add it with 'add-group kitchen'\n")
        #expect(prompt.stdout.contains("recorded drop-in · academic · kitchen = 4"))
    }
}
