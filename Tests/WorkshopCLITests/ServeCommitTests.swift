import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopCLI

/// `serve --commit-every`, through the binary: a bad interval or a folder outside git is refused
/// in one line before the room starts; at the prompt, stopping the room commits what was recorded
/// while it served (the journal alone, with its count), and a room that recorded nothing commits
/// nothing. The round trip to a laptop is `Tests/live/git_roundtrip_test.py`.
struct ServeCommitTests {
    let git = MergeGitTests()

    /// The example in a git repository set up with `git-setup`, session s1 started, all committed.
    func repository() throws -> ExampleCopy {
        let copy = try ExampleCopy()
        try git.git(["init", "-q"], in: copy.url)
        #expect(try copy.run(["start", "stirling-2015", "--as", "s1"]).status == 0)
        #expect(try copy.run(["git-setup"]).status == 0)
        try git.git(["add", "-A"], in: copy.url)
        try git.git(["commit", "-qm", "s1"], in: copy.url)
        return copy
    }

    func serve(_ copy: ExampleCopy, every interval: String) throws -> WorkshopProcess.Result {
        try copy.run(["serve", "s1", "--listen", "127.0.0.1:0", "--no-qr", "--commit-every", interval],
                     environment: MergeGitTests.environment, timeout: 30)
    }

    static let refusals: [(String, String)] = [
        ("5x", "give a duration such as 30s, 5m or 1h"), ("5", "give a duration such as 30s, 5m or 1h"),
        ("m", "give a duration such as 30s, 5m or 1h"), ("0s", "give a duration such as 30s, 5m or 1h"),
        ("+5s", "give a duration such as 30s, 5m or 1h"), ("1.5m", "give a duration such as 30s, 5m or 1h"),
        ("9s", "more often than every 10s; give 10s or more"), ("25h", "longer than a day; give 24h or less"),
    ]

    @Test(arguments: refusals)
    func aBadIntervalIsRefusedBeforeTheRoomStarts(interval: String, words: String) throws {
        let copy = try repository()
        let result = try serve(copy, every: interval)
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains("serve --commit-every '\(interval)': \(words)"),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: copy.journal("s1").path + ".room"), "no room was made")
    }

    @Test func aFolderOutsideGitIsRefusedBeforeTheRoomStarts() throws {
        let copy = try ExampleCopy()
        #expect(try copy.run(["start", "stirling-2015", "--as", "s1"]).status == 0)
        let result = try serve(copy, every: "10s")
        #expect(result.status == 1)
        #expect(result.stderr.split(separator: "\n").count == 1 && result.stderr.contains(
            "serve --commit-every: '\(copy.path)' is not a git repository; run 'workshop git-setup' in a git repository first"),
                "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: copy.journal("s1").path + ".room"), "no room was made")
    }

    @Test func stoppingTheRoomCommitsWhatWasRecordedWhileItServed() throws {
        let copy = try repository()
        let commits = { try self.git.git(["rev-list", "--count", "HEAD"], in: copy.url) }
        let before = try commits()
        let served = try copy.run([], input: """
            open s1
            serve --listen 127.0.0.1:0 --no-qr --commit-every 10s
            score drop-in academic 3 --group table-1
            score induction academic 4 --group table-1
            serve stop
            # the committer's line is printed before this one
            """, environment: MergeGitTests.environment, timeout: 60)
        #expect(served.status == 0 && served.stderr.isEmpty, "\(served.stderr)")
        #expect(served.stdout.contains("committing sessions/s1.jsonl to git every 10s when it changed; serve never pulls: pull on the laptop"))
        #expect(served.stdout.contains("committed sessions/s1.jsonl to git: 2 new records ("), "\(served.stdout)")
        #expect(try git.git(["log", "-1", "--format=%s"], in: copy.url) == "Session s1: 2 new records, committed by workshop serve\n")
        #expect(try git.git(["show", "--name-only", "--format=", "HEAD"], in: copy.url) == "sessions/s1.jsonl\n")
        #expect(try git.git(["status", "--porcelain"], in: copy.url).isEmpty, "the room's token file stays out of git")
        let after = try commits()
        #expect(Int(after.trimmingCharacters(in: .newlines)) == Int(before.trimmingCharacters(in: .newlines)).map { $0 + 1 })

        let idle = try copy.run([], input: "open s1\nserve --listen 127.0.0.1:0 --no-qr --commit-every 10s\nserve stop\n#\n",
                                environment: MergeGitTests.environment, timeout: 60)
        #expect(idle.status == 0 && !idle.stdout.contains("committed "), "\(idle.stdout)")
        #expect(try commits() == after, "nothing recorded, nothing committed")
    }

    @Test func serveHelpSaysItNeverPulls() throws {
        let help = try WorkshopProcess.run(["serve", "--help"]).stdout
        let words = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(words.contains("serve never pulls while serving (that would swap the journal under the writer)"), "\(help)")
    }

    @Test(arguments: [("30s", 30), ("10s", 10), ("5m", 300), ("1h", 3600), ("24h", 86_400)])
    func intervals(text: String, seconds: Int) throws {
        #expect(try Workshop.Serve.CommitOptions.seconds(text, shortest: 10) == seconds)
    }
}
