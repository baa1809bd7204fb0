import Foundation
import Testing
import WorkshopTestSupport

struct HelpAndBatchTests {
    @Test func helpListsTheCommands() throws {
        let result = try WorkshopProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("check"))
        #expect(result.stdout.contains("USAGE: workshop"))
    }

    @Test func helpForCheckGivesUsageAndAnExample() throws {
        let result = try WorkshopProcess.run(["help", "check"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: workshop check [--root <dir>]"))
        #expect(result.stdout.contains("Example: workshop check --root example"))
    }

    @Test func anUnknownCommandSuggestsTheNearest() throws {
        let result = try WorkshopProcess.run(["chek"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: unknown command 'chek'; did you mean 'check'?\n")
    }

    @Test func batchModeSkipsBlanksAndCommentsAndNamesFailingLines() throws {
        let script = "# a comment\n\ncheck\nchek\ncheck\n"
        let result = try WorkshopProcess.run(["--root", Paths.example.path], input: script)
        #expect(result.status == 1)
        #expect(result.stdout == String(repeating: "checked 5 personas and 7 plans: no problems\n", count: 2))
        #expect(result.stderr == "line 4: error: unknown command 'chek'; did you mean 'check'?\n")
    }

    @Test func bailStopsAtTheFirstFailure() throws {
        let result = try WorkshopProcess.run(["--root", Paths.example.path, "--bail"], input: "chek\ncheck\n")
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
    }

    @Test func batchModeWithNoErrorsExitsZeroAndPrintsNoPrompt() throws {
        let result = try WorkshopProcess.run(["--root", Paths.example.path], input: "check\nquit\ncheck\n")
        #expect(result.status == 0)
        #expect(result.stdout == "checked 5 personas and 7 plans: no problems\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func anUnterminatedQuoteIsReportedWithItsLine() throws {
        let result = try WorkshopProcess.run(["--root", Paths.example.path], input: "check \"oops\n")
        #expect(result.status == 1)
        #expect(result.stderr == "line 1: error: unterminated \" quote; close it with another \"\n")
    }

    @Test func parserErrorsLookTheSameAtBothDoorsWithTheLineInBatchMode() throws {
        let shell = try WorkshopProcess.run(["withdraw", "demo-2015", "--root", Paths.example.path])
        #expect(shell.status == 1)
        #expect(shell.stderr == "error: withdraw: missing <activity>; "
            + "usage: workshop withdraw <session> [--group <group>] [--criterion <criterion>] <activity> [<persona>]\n")
        let batch = try WorkshopProcess.run(["--root", Paths.example.path], input: "\nwithdraw demo-2015\n")
        #expect(batch.status == 1)
        #expect(batch.stderr == "line 2: error: withdraw: missing <activity>; "
            + "usage: withdraw <session> [--group <group>] [--criterion <criterion>] <activity> [<persona>]\n")
    }
}
