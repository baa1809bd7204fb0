import ArgumentParser
import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopCLI

/// An option that takes one value, given twice, is refused at both doors rather than the last one
/// silently winning; options meant to repeat (`--weight`) and flags still may.
struct RepeatedOptionTests {
    /// Every option of every command that takes one value, as the parser declares them.
    static let singleValueOptions: [(command: String, option: String)] = Workshop.commandTypes.flatMap { type in
        OptionList(type).options.filter { $0.takesValue && !$0.repeats }.map { (type._commandName, $0.name) }
    }

    @Test func everySingleValueOptionOfEveryCommandIsRefusedTwice() throws {
        #expect(Self.singleValueOptions.count > 40)
        for (command, option) in Self.singleValueOptions {
            let type = try #require(Workshop.commandType(for: command))
            #expect(throws: CommandFailure("\(option) given twice ('a', 'b'); give it once"), "\(command) \(option)") {
                try RepeatedOptions.check([option, "a", "x", option, "b"], for: type)
            }
        }
    }

    @Test func theListComesFromTheParser() throws {
        let score = OptionList(Workshop.Score.self)
        #expect(score.option(named: "-g") == OptionList.Option(names: ["--group", "-g"], takesValue: true, repeats: false, shown: true))
        #expect(OptionList(Workshop.Summary.self).option(named: "--weight")?.repeats == true)
        #expect(OptionList(Workshop.Export.self).option(named: "--force")?.takesValue == false)
    }

    @Test(arguments: [
        ["--group=a", "--group", "b"], ["-g", "a", "--group=b"], ["-g", "a", "-c", "x", "-g", "b"],
    ])
    func shortLongAndEqualsFormsAreOneOption(_ words: [String]) {
        #expect(throws: CommandFailure("--group given twice ('a', 'b'); give it once")) {
            try RepeatedOptions.check(["drop-in", "phd", "4"] + words, for: Workshop.Score.self)
        }
    }

    @Test(arguments: [
        // A value may look like an option; after `--` everything is text.
        (["drop-in", "phd", "4", "--note", "-g", "-g", "a"], Workshop.Score.self as any ParsableCommand.Type),
        (["works", "--", "--group", "a", "--group", "b"], Workshop.Note.self),
        (["--weight", "academic=2", "--weight", "phd-candidate=1"], Workshop.Summary.self),
        (["--force", "--force", "--format", "csv"], Workshop.Export.self),
    ])
    func repeatsThatAreNotTwoValuesForOneOptionPass(_ words: [String], _ type: any ParsableCommand.Type) throws {
        try RepeatedOptions.check(words, for: type)
    }

    @Test func bothDoorsRefuseAndRecordNothing() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015"])
        let before = copy.folder.snapshot()
        let shell = try copy.workshop(["score", "stirling-2015", "drop-in", "academic", "4", "-g", "table-1", "-g", "table-2"])
        #expect(shell.status == 1)
        #expect(shell.stderr == "error: --group given twice ('table-1', 'table-2'); give it once\n")
        let batch = try copy.workshop([], input: "open stirling-2015\nscore drop-in academic 4 -g table-1 --group table-2 --group table-3\n"
            + "note hello --persona academic --persona phd-candidate\n")
        #expect(batch.status == 1)
        #expect(batch.stderr == "line 2: error: --group given 3 times ('table-1', 'table-2', 'table-3'); give it once\n"
            + "line 3: error: --persona given twice ('academic', 'phd-candidate'); give it once\n")
        let root = try InProcess.run(["check", "--root", copy.path, "--root", "/elsewhere"])
        #expect(root.stderr == "error: --root given twice ('\(copy.path)', '/elsewhere'); give it once\n")
        #expect(copy.folder.snapshot() == before)
    }
}
