import Foundation
import Testing
import WorkshopTestSupport

/// A command line run in process (`InProcess.run`) writes what the binary writes, byte for byte:
/// the same output, error and exit status, at the shell and in batch mode.
struct InProcessTests {
    @Test(arguments: [
        (["summary", "demo-2015"], ""),
        (["summary", "demo-2015", "--format", "json"], ""),
        (["compare", "learning-set-1", "learning-set-2", "--format", "csv"], ""),
        (["matrix", "demo-2015", "--statistic", "count"], ""),
        (["export", "demo-2015", "--format", "markdown"], ""),
        (["score", "demo-2015", "nosuch", "academic", "4"], ""),
        (["summary", "demo-2015", "--format", "csv"], ""),
        ([], "open demo-2015\nstatus\nlog\nnote \"tea \u{1B}[31m\" \nnosuch\nsummary --format markdown\n"),
    ])
    func theSameBytesBothWays(_ arguments: [String], _ input: String) throws {
        let spawned = try ExampleCopy(), inProcess = try ExampleCopy()
        let environment = ["COLUMNS": "72"]
        let expected = try spawned.run(arguments, input: input, environment: environment)
        let result = try inProcess.workshop(arguments, input: input, environment: environment)
        #expect(result.status == expected.status)
        #expect(result.stdout == expected.stdout.replacingOccurrences(of: spawned.path, with: inProcess.path))
        #expect(result.stderr == expected.stderr.replacingOccurrences(of: spawned.path, with: inProcess.path))
        #expect(!expected.stdout.isEmpty || !expected.stderr.isEmpty, "the command said something")
    }

    /// `--color` styles its own command line, not the process: a later run in the same process is
    /// plain again. At the prompt a line's `--color` holds for the lines after it, as it always has.
    @Test func colourStaysWithTheCommandLineThatAskedForIt() throws {
        let copy = try ExampleCopy()
        let bold = "\u{1B}[1mstill owed:\u{1B}[0m"
        #expect(try copy.workshop(["status", "demo-2015", "--color", "always"]).stdout.contains(bold))
        #expect(!(try copy.workshop(["status", "demo-2015"]).stdout.contains("\u{1B}[")))
        let prompt = try copy.workshop([], input: "status demo-2015 --color always\nstatus demo-2015\n")
        #expect(prompt.stdout.components(separatedBy: bold).count == 3, "both lines in colour")
    }
}
