import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopCLI

/// A `--root` or `$WORKSHOP_ROOT` that does not exist or is a file is named as such by every
/// command, before anything else (not as "unknown session"), and nothing is created there.
struct RootFolderTests {
    /// A command line each command would accept in the bundled example.
    static let invocations: [String: [String]] = [
        "shell": [], "check": ["check"], "start": ["start", "stirling-2015"], "open": ["open", "demo-2015"],
        "use": ["use", "academic"], "score": ["score", "demo-2015", "drop-in", "academic", "4", "-g", "table-1"],
        "withdraw": ["withdraw", "demo-2015", "drop-in", "academic", "-g", "table-1"], "undo": ["undo", "demo-2015"],
        "redo": ["redo", "demo-2015"], "note": ["note", "demo-2015", "hello"], "add-activity": ["add-activity", "demo-2015", "x", "X"],
        "add-group": ["add-group", "demo-2015", "table-9"], "close": ["close", "demo-2015"],
        "weight": ["weight", "demo-2015", "academic", "2"], "rate": ["rate", "demo-2015"],
        "row": ["row", "demo-2015", "academic", "table-1", "4"], "action": ["action", "demo-2015", "call", "Ewan"],
        "actions": ["actions"], "review": ["review", "demo-2015"], "series": ["series"], "log": ["log", "demo-2015"],
        "status": ["status", "demo-2015"], "matrix": ["matrix", "demo-2015"], "summary": ["summary", "demo-2015"],
        "compare": ["compare", "demo-2015", "demo-2016"], "trend": ["trend", "engaging-schools"],
        "export": ["export", "demo-2015"], "run": ["run", "script.txt"],
        "redact": ["redact", "demo-2015", "abcd", "--reason", "named a student"],
        "merge": ["merge", "demo-2015", "other.jsonl"], "git-setup": ["git-setup"],
        "merge-driver": ["merge-driver", "base.jsonl", "ours.jsonl", "theirs.jsonl"], "serve": ["serve", "demo-2015"],
        "idea": ["idea", "demo-2015", "start early"], "ideas": ["ideas", "demo-2015"], "hide": ["hide", "demo-2015", "%1"],
        "show": ["show", "demo-2015", "%1"], "edit": ["edit", "demo-2015", "%1", "later"],
        "theme": ["theme", "demo-2015", "Timing", "%1"], "vote": ["vote", "demo-2015", "open", "try-first"],
        "dots": ["dots", "demo-2015", "table-1", "%1", "1"],
    ]

    static let cases = invocations.keys.sorted()

    /// `init` makes the root, so a missing one is what it is for (`InitCommandTests`).
    @Test func everyCommandIsCovered() {
        #expect(Set(Workshop.commandNames).subtracting(["init"]) == Set(Self.invocations.keys))
    }

    @Test(arguments: cases)
    func aMissingRootIsNamedAsSuch(_ command: String) throws {
        let folder = TemporaryFolder()
        let missing = folder.url.appendingPathComponent("no-such-folder").path
        let option = try InProcess.run(Self.invocations[command]! + ["--root", missing])
        Self.expect(option, "error: --root '\(missing)' does not exist; pass --root the folder that holds personas/ and sessions/\n")
        let environment = try InProcess.run(Self.invocations[command]!, environment: ["WORKSHOP_ROOT": missing])
        Self.expect(environment, "error: WORKSHOP_ROOT '\(missing)' does not exist; "
            + "set WORKSHOP_ROOT to the folder that holds personas/ and sessions/, or pass --root DIR\n")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test(arguments: cases)
    func aRootThatIsAFileIsNamedAsSuch(_ command: String) throws {
        let folder = TemporaryFolder()
        let file = folder.url.appendingPathComponent("workshop.txt").path
        try "not a folder\n".write(toFile: file, atomically: true, encoding: .utf8)
        let option = try InProcess.run(Self.invocations[command]! + ["--root", file])
        Self.expect(option, "error: --root '\(file)' is a file, not a folder; pass --root the folder that holds personas/ and sessions/\n")
        let environment = try InProcess.run(Self.invocations[command]!, environment: ["WORKSHOP_ROOT": file])
        Self.expect(environment, "error: WORKSHOP_ROOT '\(file)' is a file, not a folder; "
            + "set WORKSHOP_ROOT to the folder that holds personas/ and sessions/, or pass --root DIR\n")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "not a folder\n")
    }

    @Test(arguments: [["help", "log"], ["--help"], ["--version"], ["log", "--help"]])
    func helpAndVersionNeedNoRoot(_ words: [String]) throws {
        let result = try InProcess.run(words, environment: ["WORKSHOP_ROOT": "/no/such/folder"])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
    }

    static func expect(_ result: WorkshopProcess.Result, _ stderr: String) {
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == stderr)
    }
}
