import Foundation
import Testing
import WorkshopTestSupport

/// Every refusal is one line on standard error, `error: ` and the place first, the fix last, exit
/// status 1, nothing on standard output and nothing changed on disk: at the shell, and in batch mode
/// with the line number in front.
struct OneLineRefusalTests {
    @Test(arguments: BadInvocation.all)
    func refusedInOneLineAtTheShell(_ bad: BadInvocation) throws {
        let copy = try ExampleCopy()
        let before = FolderDigest(copy.url)
        // The root comes from the environment, so the words are exactly the case's.
        let result = try InProcess.run(bad.words, environment: Self.environment(copy))
        Self.expectOneLine(result, prefix: "error: ", says: bad.says)
        #expect(FolderDigest(copy.url) == before)
    }

    @Test(arguments: BadInvocation.all)
    func refusedInOneLineInBatchMode(_ bad: BadInvocation) throws {
        let copy = try ExampleCopy()
        let before = FolderDigest(copy.url)
        let result = try InProcess.run([], input: "\n# a comment\n\(bad.line)\n", environment: Self.environment(copy))
        let says = bad.atPrompt ?? bad.says.replacingOccurrences(of: "usage: workshop ", with: "usage: ")
        Self.expectOneLine(result, prefix: "line 3: error: ", says: says)
        #expect(FolderDigest(copy.url) == before)
    }

    @Test func bailStopsAtTheFirstRefusalBeforeAnythingIsWritten() throws {
        let copy = try ExampleCopy()
        let before = FolderDigest(copy.url)
        let script = "log demo-2016 --lst\nadd-group demo-2016 table-42\n"
        let result = try InProcess.run(["--bail"], input: script, environment: Self.environment(copy))
        Self.expectOneLine(result, prefix: "line 1: error: ", says: "log: unknown option '--lst'")
        #expect(FolderDigest(copy.url) == before)
        // Without --bail the next line runs and writes.
        let all = try InProcess.run([], input: script, environment: Self.environment(copy))
        #expect(all.status == 1)
        #expect(all.stdout.contains("table-42"))
        #expect(FolderDigest(copy.url) != before)
    }

    @Test func atThePromptTheUsageLeavesOutWhatThePromptFillsIn() throws {
        let copy = try ExampleCopy()
        let result = try InProcess.run([], input: "open demo-2016\nscore drop-in\n", environment: Self.environment(copy))
        #expect(result.status == 1)
        #expect(result.stderr == "line 2: error: score: missing the persona, the answer and the group; for the group add --group "
            + "(table-1, table-2, table-3, table-4, table-5, table-6, table-7, table-8, table-9, table-10), or 'use group NAME' first; "
            + "usage: score ACTIVITY PERSONA ANSWER [--group GROUP]\n")
    }

    @Test func aLongUsageFoldsItsOptionsAndSaysWhereToSeeThem() throws {
        let copy = try ExampleCopy()
        let result = try InProcess.run(["export", "demo-2015", "extra"], environment: Self.environment(copy))
        #expect(result.stderr == "error: export: unexpected argument 'extra'; "
            + "usage: workshop export <session> [options] ('workshop help export' lists them)\n")
    }

    @Test(arguments: [["--help"], ["-h"], ["help"], ["help", "score"], ["score", "--help"], ["sc", "-h"], ["--version"]])
    func helpAndVersionStillPrintAndExitZero(_ words: [String]) throws {
        let result = try InProcess.run(words)
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.contains(words == ["--version"] ? "." : "USAGE: workshop"))
    }

    static func environment(_ copy: ExampleCopy) -> [String: String] {
        ["WORKSHOP_ROOT": copy.path, "WORKSHOP_FACILITATOR": "anna"]
    }

    /// Exit status 1, one line on standard error starting with `prefix` and holding `says`, nothing on
    /// standard output.
    static func expectOneLine(_ result: WorkshopProcess.Result, prefix: String, says: String) {
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasSuffix("\n") && result.stderr.filter { $0 == "\n" }.count == 1, "\(result.stderr)")
        #expect(result.stderr.hasPrefix(prefix), "\(result.stderr)")
        #expect(result.stderr.contains(says), "\(result.stderr)")
    }
}
