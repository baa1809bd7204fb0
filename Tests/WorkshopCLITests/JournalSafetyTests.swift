import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// No path a user names replaces a session's own files, and a damaged last line is refused, not
/// taken for a crash: through the binary, as a facilitator would meet them.
struct JournalSafetyTests {
    struct Output: Sendable, CustomTestStringConvertible {
        /// The `--output` as typed from the copy's folder (the command runs there, with `--root .`).
        var path: String
        var what: String
        var testDescription: String { path }
    }

    @Test(arguments: [
        Output(path: "sessions/demo-2015.jsonl", what: "the journal of session 'demo-2015'"),
        Output(path: "./sessions/../sessions/demo-2015.jsonl", what: "the journal of session 'demo-2015'"),
        Output(path: "ABSOLUTE/sessions/demo-2015.jsonl", what: "the journal of session 'demo-2015'"),
        Output(path: "journal-link.csv", what: "the journal of session 'demo-2015'"),
        Output(path: "sessions-link/demo-2015.jsonl", what: "the journal of session 'demo-2015'"),
        Output(path: "sessions/stirling-2015.yaml", what: "the plan 'stirling-2015'"),
        Output(path: "personas/academic.yaml", what: "the persona 'academic'"),
        Output(path: "sessions/.demo-2015.lock", what: "the lock file of session 'demo-2015'"),
        Output(path: "sessions/brand-new.jsonl", what: "the journal of session 'brand-new'"),
    ])
    func anExportNeverReplacesASessionsOwnFiles(_ output: Output) throws {
        let copy = try ExampleCopy()
        try FileManager.default.createSymbolicLink(atPath: copy.path + "/journal-link.csv", withDestinationPath: "sessions/demo-2015.jsonl")
        try FileManager.default.createSymbolicLink(atPath: copy.path + "/sessions-link", withDestinationPath: "sessions")
        let path = output.path.replacingOccurrences(of: "ABSOLUTE", with: copy.path)
        let before = copy.folder.snapshot()
        for force in [[], ["--force"]] {
            let result = try WorkshopProcess.run(
                ["export", "demo-2015", "--format", "csv", "--output", path, "--root", "."] + force, directory: copy.url)
            #expect(result.status == 1)
            #expect(result.stderr == "error: refusing to write '\(path)': it is \(output.what), which no output may "
                + "replace (with or without --force); nothing was written: choose another file\n")
            #expect(result.stdout.isEmpty)
        }
        #expect(copy.folder.snapshot() == before)
        #expect(try copy.workshop(["status", "demo-2015"]).status == 0)
    }

    @Test func anExportBesideTheJournalsIsStillWritten() throws {
        let copy = try ExampleCopy()
        let result = try WorkshopProcess.run(
            ["export", "demo-2015", "--output", "sessions/demo-2015.csv", "--root", "."], directory: copy.url)
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: copy.path + "/sessions/demo-2015.csv"))
    }

    @Test func startingUnderTheNameOfASessionInUseSaysItExistsAndTouchesNothing() throws {
        let copy = try ExampleCopy()
        let root = ProjectRoot(path: copy.path)
        let open = try Session.open("demo-2015", root: root, writable: true)
        let before = copy.folder.snapshot()
        let result = try copy.workshop(["start", "stirling-2015", "--as", "demo-2015"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: '\(copy.path)/sessions/demo-2015.jsonl' already exists; choose another name with --as\n")
        #expect(copy.folder.snapshot() == before, "the open session's lock file is untouched")
        try open.record(.close, by: "anna")
        for name in ["../personas/academic", "Demo-2015", ".demo-2015"] {
            #expect(try copy.workshop(["start", "stirling-2015", "--as", name]).stderr.hasPrefix("error: invalid session id"))
        }
    }

    @Test func aCompleteDamagedLastLineIsRefusedWithItsPlace() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015", "--as", "s1"])
        let journal = copy.journal("s1")
        let handle = try FileHandle(forWritingTo: journal)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((#"{"type":"answer","id":"00000000000000ff","at":"2015-11-20T06:13:20.123Z","by":"anna","#
            + #""activity":"drop-in","persona":"ghost","group":"table-1","answer":"4"}"# + "\n").utf8))
        try handle.close()
        let before = copy.folder.snapshot()
        let result = try copy.workshop(["score", "s1", "drop-in", "academic", "4", "-g", "table-1"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(journal.path):2: damaged record: unknown persona 'ghost'; fix or remove "
            + "that line in an editor (keep a copy first), then open the session again\n")
        #expect(copy.folder.snapshot() == before, "nothing set aside, nothing recorded")
    }
}
