import Foundation
import Testing
import WorkshopTestSupport

/// A FIFO (or a folder) where workshop keeps a file of its own is refused in one line at once: the
/// open used to wait for a writer for ever, read-only commands included, and a merge held the
/// session's lock meanwhile.
struct NotARegularFileTests {
    static func fifo(_ url: URL) throws {
        try? FileManager.default.removeItem(at: url)
        #expect(mkfifo(url.path, 0o644) == 0)
    }

    static func expectRefusal(_ result: WorkshopProcess.Result, naming name: String, kind: String = "a FIFO") {
        #expect(result.status == 1, "exit \(result.status) (9 means it hung and was killed): \(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(lines.count == 1, "one line: \(result.stderr)")
        #expect(result.stderr.contains(name) && result.stderr.contains(kind), "\(result.stderr)")
    }

    @Test func aCheckpointThatIsAFIFOStopsEveryCommandWithOneLine() throws {
        let copy = try ExampleCopy()
        try Self.fifo(copy.url.appendingPathComponent("sessions/demo-2015.jsonl.checkpoint"))
        let before = try Data(contentsOf: copy.journal("demo-2015"))
        for arguments in [["summary", "demo-2015"], ["status", "demo-2015"],
                          ["score", "demo-2015", "drop-in", "academic", "4", "--group", "table-1"]] {
            Self.expectRefusal(try copy.run(arguments, timeout: 20), naming: "demo-2015.jsonl.checkpoint")
        }
        #expect(try Data(contentsOf: copy.journal("demo-2015")) == before)
        #expect(try copy.run(["summary", "demo-2015", "--no-cache"], timeout: 20).status == 0, "without the cache it is not read")
    }

    @Test func aJournalThatIsAFIFOOrAFolderIsRefused() throws {
        let copy = try ExampleCopy()
        try Self.fifo(copy.journal("piped"))
        Self.expectRefusal(try copy.run(["summary", "piped"], timeout: 20), naming: "piped.jsonl")
        Self.expectRefusal(try copy.run(["note", "piped", "hello"], timeout: 20), naming: "piped.jsonl")
        try FileManager.default.createDirectory(at: copy.journal("folder"), withIntermediateDirectories: false)
        Self.expectRefusal(try copy.run(["log", "folder"], timeout: 20), naming: "folder.jsonl", kind: "a folder")
        // Listing series reads every journal's first line: a FIFO among them is passed over, not waited on.
        #expect(try copy.run(["series"], timeout: 20).status == 0)
    }

    @Test func aMergeInputThatIsAFIFOIsRefusedWithoutHoldingTheLock() throws {
        let copy = try ExampleCopy()
        let other = copy.url.appendingPathComponent("other.jsonl")
        try Self.fifo(other)
        let before = try Data(contentsOf: copy.journal("demo-2015"))
        Self.expectRefusal(try copy.run(["merge", "demo-2015", other.path], timeout: 20), naming: "other.jsonl")
        #expect(try Data(contentsOf: copy.journal("demo-2015")) == before)
        #expect(try copy.run(["note", "demo-2015", "still ours"], timeout: 20).status == 0, "the lock was let go")
    }

    /// The lock file is truncated and written with the writer's process id: a symbolic link there
    /// (committed by mistake, say) must not aim that at a plan.
    @Test func aLockFileThatIsASymbolicLinkIsRefusedAndItsTargetKept() throws {
        let copy = try ExampleCopy()
        let plan = copy.url.appendingPathComponent("sessions/stirling-2016.yaml")
        let before = try Data(contentsOf: plan)
        try FileManager.default.createSymbolicLink(
            atPath: copy.url.appendingPathComponent("sessions/.demo-2016.lock").path, withDestinationPath: "stirling-2016.yaml")
        Self.expectRefusal(try copy.run(["note", "demo-2016", "hello"], timeout: 20), naming: ".demo-2016.lock",
                           kind: "a symbolic link")
        #expect(try Data(contentsOf: plan) == before)
    }

    @Test func aPersonaOrPlanThatIsAFIFOIsReportedByCheck() throws {
        let copy = try ExampleCopy()
        try Self.fifo(copy.url.appendingPathComponent("personas/piped.yaml"))
        try Self.fifo(copy.url.appendingPathComponent("sessions/piped-plan.yaml"))
        let result = try copy.run(["check"], timeout: 20)
        #expect(result.status == 1, "\(result.status): \(result.stdout)\(result.stderr)")
        let output = result.stdout + result.stderr
        #expect(output.contains("personas/piped.yaml") && output.contains("sessions/piped-plan.yaml"), "\(output)")
        #expect(output.contains("FIFO"), "\(output)")
    }
}
