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
}
