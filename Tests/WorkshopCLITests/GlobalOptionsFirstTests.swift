import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopCLI

/// Global options before the command, as `git -C DIR status` takes them: `workshop --root conf
/// summary x` is `workshop summary x --root conf`, and a misspelt one is one line, exit 1.
struct GlobalOptionsFirstTests {
    @Test func theRootBeforeTheCommandIsTheRootAfterIt() throws {
        let copy = try ExampleCopy()
        let after = try InProcess.run(["summary", "demo-2015", "--root", copy.path])
        #expect(after.status == 0)
        for before in [["--root", copy.path], ["--root=\(copy.path)"], ["--root", copy.path, "--color", "never", "--no-cache"]] {
            let result = try InProcess.run(before + ["summary", "demo-2015"])
            #expect(result.status == 0, "\(before)")
            #expect(result.stdout == after.stdout)
            #expect(result.stderr == "")
        }
    }

    @Test func theBinaryTakesThemBeforeTheCommandToo() throws {
        let copy = try ExampleCopy()
        let result = try WorkshopProcess.run(["--root", copy.path, "score", "demo-2015", "drop-in", "academic", "4", "-g", "table-1"],
                                             environment: ["WORKSHOP_FACILITATOR": "anna"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("recorded drop-in · academic · table-1 = 4"))
    }

    @Test func withNoCommandTheyAreThePromptsAsBefore() throws {
        let copy = try ExampleCopy()
        let result = try InProcess.run(["--root", copy.path, "--bail"], input: "status demo-2015\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("demo-2015"))
    }

    @Test func aMisspeltGlobalOptionIsOneLine() throws {
        let copy = try ExampleCopy()
        let result = try InProcess.run(["--rooot", copy.path, "summary", "demo-2015"])
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "error: unknown option '--rooot'; did you mean '--root'?\n")
        let far = try InProcess.run(["--frobnicate", "summary"])
        #expect(far.stderr == "error: unknown option '--frobnicate'; the options before a command are --root DIR, --color WHEN and --no-cache\n")
        #expect(far.status == 1)
    }

    @Test func aRootGivenBeforeAndAfterIsRefusedAsTwice() throws {
        let copy = try ExampleCopy()
        let result = try InProcess.run(["--root", copy.path, "summary", "demo-2015", "--root", "/elsewhere"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: --root given twice ('\(copy.path)', '/elsewhere'); give it once\n")
    }

    @Test func helpAfterARootNeedsNoFolder() throws {
        let result = try InProcess.run(["--root", "/no/such/folder", "help", "summary"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("USAGE: workshop summary"))
    }
}
