import Foundation
import Testing
import WorkshopTestSupport

/// Every command, run on a session whose every free text attacks the terminal (`HostileFixture`),
/// writes no raw control character to standard output or error: not at the shell, not in batch
/// mode, with colour or without (then only the tool's own colour codes). The prompt in a real
/// terminal is in `HostilePromptTests`.
struct HostileOutputTests {
    struct Command: Sendable {
        var words: [String]
        /// Whether it must succeed (the rest are refusals that quote what was typed).
        var succeeds = true
    }

    static let h = HostileFixture.text

    /// In order: later ones rely on what earlier ones did.
    static let commands: [Command] = [
        Command(words: ["check"]),
        Command(words: ["series"]), Command(words: ["series", "hostile"]),
        Command(words: ["status", "h1"]), Command(words: ["log", "h1"]), Command(words: ["log", "h2"]),
        Command(words: ["matrix", "h1"]), Command(words: ["matrix", "h1", "--statistic", "consensus"]),
        Command(words: ["summary", "h1"]), Command(words: ["summary", "h2"]),
        Command(words: ["summary", "h1", "--format", "markdown"]), Command(words: ["summary", "h1", "--format", "json"]),
        Command(words: ["actions", "h1", "--all"]), Command(words: ["actions", "h2", "--all"]),
        Command(words: ["actions", "--series", "hostile", "--all"]),
        Command(words: ["compare", "h1", "h2"]), Command(words: ["compare", "h2", "--format", "markdown"]),
        Command(words: ["compare", "h2", "--format", "csv"]), Command(words: ["compare", "h2", "--format", "json"]),
        Command(words: ["trend", "hostile"]), Command(words: ["trend", "hostile", "--format", "markdown"]),
        Command(words: ["trend", "hostile", "--format", "csv"]), Command(words: ["trend", "hostile", "--format", "json"]),
        Command(words: ["export", "h1", "--format", "csv", "--output", "{copy}/\(HostileFixture.fileName).csv"]),
        Command(words: ["row", "h1", "academic", "t2", "1", "5", "-"]),
        Command(words: ["score", "h1", "a1", "mallory", "1", "-g", "t2", "--note", h]),
        Command(words: ["score", "h1", "a1", "mallory", "5", "-g", "t2"]),
        Command(words: ["withdraw", "h1", "a1", "mallory", "-g", "t2"]),
        Command(words: ["undo", "h1"]), Command(words: ["redo", "h1"]),
        Command(words: ["note", "h1", h]), Command(words: ["note", "h1", h, "--activity", "a3", "--group", "t2"]),
        Command(words: ["undo", "h1"]),
        Command(words: ["action", "h2", h, "--owner", h, "--activity", "a1"]),
        Command(words: ["review", "h2", "1", "done", "--note", h]),
        Command(words: ["add-activity", "h1", "a4", h]), Command(words: ["add-group", "h1", "t9"]),
        Command(words: ["weight", "h1", "mallory", "2"]),
        Command(words: ["start", "hostile", "--as", "h3"]),
        Command(words: ["score", "h1", h, "mallory", "4", "-g", "t1"], succeeds: false),
        Command(words: ["score", "h1", "a1", h, "4", "-g", "t1"], succeeds: false),
        Command(words: ["score", "h1", "a1", "mallory", "x" + h, "-g", "t1"], succeeds: false),
        Command(words: ["score", "h1", "a1", "mallory", "4", "-g", h, "-g", "t1"], succeeds: false),
        Command(words: ["note", "h1", "text", "--group", h], succeeds: false),
        Command(words: ["review", "h2", h, "done"], succeeds: false),
        Command(words: ["add-activity", "h1", h, "title"], succeeds: false),
        Command(words: ["export", "h1", "--format", h], succeeds: false),
        Command(words: ["log", h], succeeds: false), Command(words: [h], succeeds: false),
        Command(words: ["help", h], succeeds: false), Command(words: ["open", h], succeeds: false),
    ]

    /// A command as a batch line: every word in single quotes (none of the samples holds one).
    static func line(_ words: [String]) -> String {
        words.map { "'\($0)'" }.joined(separator: " ")
    }

    func words(_ command: Command, _ fixture: HostileFixture) -> [String] {
        command.words.map { $0.replacingOccurrences(of: "{copy}", with: fixture.copy.path) }
    }

    @Test(arguments: [false, true])
    func atTheShellNothingReachesTheTerminalRaw(colour: Bool) throws {
        let fixture = try HostileFixture()
        for command in Self.commands {
            let words = words(command, fixture) + (colour ? ["--color", "always"] : [])
            let result = try fixture.copy.workshop(words, environment: HostileFixture.environment)
            #expect(HostileFixture.rawControls(result.stdout, colour: colour) == [], "\(command.words) stdout")
            #expect(HostileFixture.rawControls(result.stderr, colour: colour) == [], "\(command.words) stderr")
            #expect((result.status == 0) == command.succeeds, "\(command.words): \(result.stderr)")
            if !command.succeeds { #expect(result.stderr.filter { $0 == "\n" }.count == 1, "\(command.words)") }
        }
    }

    @Test(arguments: [false, true])
    func inBatchModeNothingReachesTheTerminalRaw(colour: Bool) throws {
        let fixture = try HostileFixture()
        for command in Self.commands {
            let result = try fixture.copy.workshop(
                colour ? ["--color", "always"] : [], input: Self.line(words(command, fixture)) + "\n",
                environment: HostileFixture.environment)
            #expect(HostileFixture.rawControls(result.stdout, colour: colour) == [], "\(command.words) stdout")
            #expect(HostileFixture.rawControls(result.stderr, colour: colour) == [], "\(command.words) stderr")
            #expect((result.status == 0) == command.succeeds, "\(command.words): \(result.stderr)")
        }
    }

    @Test func theAttacksAreShownAsCodesNotDropped() throws {
        let fixture = try HostileFixture()
        let log = try fixture.copy.workshop(["log", "h1"], environment: HostileFixture.environment).stdout
        #expect(log.contains("anna^[]0;PWNED^G  note on the session: \"^[]0;PWNED^G ^[[2J safe^MEVIL "
            + "^[]8;;https://evil.example/^[\\harmless^[]8;;^[\\ \\u{202e}gnp.exe\\u{202c} \\u{2067}isolated\\u{2069} "
            + "\\u{9b}31m ^[[8mconcealed^[[0m\""))
        let status = try fixture.copy.workshop(["status", "h1"]).stdout
        #expect(status.contains("by anna^[]0;PWNED^G"))
        let json = try fixture.copy.workshop(["summary", "h1", "--format", "json"]).stdout
        // JSON stays JSON: the same text comes back from it.
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((decoded?["title"] as? String) == "Plan " + HostileFixture.text)
    }

    @Test func anExportIntoAFileKeepsTheTextAsItWas() throws {
        let fixture = try HostileFixture()
        let path = fixture.copy.url.appendingPathComponent("h1.csv").path
        #expect(try fixture.copy.workshop(["export", "h1", "--format", "csv", "--shape", "tidy", "--output", path]).status == 0)
        let csv = try String(contentsOfFile: path, encoding: .utf8)
        #expect(csv.contains("\u{1B}]0;PWNED\u{07}"))
    }
}
