import Foundation
import Testing
import WorkshopTestSupport

/// `redact` at the shell and at the prompt: the text is gone from the journal, the log, the summary
/// and every export; the redaction says what and why; undo will not bring it back.
struct RedactCommandTests {
    static let secret = "Jane Doe"

    /// The id `log --ids` shows on the line containing `text`.
    func id(of text: String, in copy: ExampleCopy) throws -> String {
        let log = try copy.workshop(["log", "s1", "--ids"]).stdout.split(separator: "\n")
        return String(try #require(log.first { $0.contains(text) }).prefix(8))
    }

    func everythingShown(_ copy: ExampleCopy) throws -> String {
        var shown = try String(contentsOf: copy.journal("s1"), encoding: .utf8)
        shown += try copy.workshop(["log", "s1"]).stdout + copy.workshop(["summary", "s1"]).stdout
        for format in ["csv", "markdown", "json", "html"] {
            shown += try copy.workshop(["export", "s1", "--format", format, "--shape", "tidy"]).stdout
        }
        return shown
    }

    @Test func atTheShellTheTextGoesFromEverythingAndTheRedactionStays() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015", "--as", "s1"])
        _ = try copy.workshop(["note", "s1", "\(Self.secret) was rude", "--activity", "drop-in"])
        _ = try copy.workshop(["score", "s1", "drop-in", "academic", "4", "-g", "table-1", "--note", "ask \(Self.secret)"])
        #expect(try everythingShown(copy).contains(Self.secret))
        let note = try id(of: "was rude", in: copy), answer = try id(of: "ask ", in: copy)

        var result = try copy.workshop(["redact", "s1", note, "--reason", "abuse"])
        #expect(result.status == 0)
        #expect(result.stdout == "redacted note \(note): its text is gone from '\(copy.path)/sessions/s1.jsonl'\n")
        result = try copy.workshop(["redact", "s1", String(answer.prefix(5)), "--reason", "names a student"])
        #expect(result.status == 0)
        #expect(!(try everythingShown(copy)).contains(Self.secret))
        let log = try copy.workshop(["log", "s1"]).stdout
        #expect(log.contains("anna  note on drop-in: [redacted]"))
        #expect(log.contains("anna  score drop-in · academic · table-1 = 4 — [note redacted]"))
        #expect(log.contains("anna  redact note \(note): \"abuse\""))
        #expect(log.contains("anna  redact answer \(answer): \"names a student\""))

        let before = copy.folder.snapshot()
        result = try copy.workshop(["undo", "s1"])
        #expect(result.status == 1)
        #expect(result.stderr == "error: your last change was the redaction of answer \(answer), which cannot be undone: "
            + "its text is gone from the journal\n")
        result = try copy.workshop(["redact", "s1", note, "--reason", "again"])
        #expect(result.stderr == "error: record \(note) (note) is already redacted\n")
        #expect(copy.folder.snapshot() == before)
    }

    @Test func atThePromptTheOpenSessionIsRedacted() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop([], input: "start stirling-2015 --as s1\nnote \(Self.secret) said so\nclose\n")
        let note = try id(of: "said so", in: copy)
        let result = try copy.workshop([], input: "open s1\nredact \(note) --reason \"names a student\"\nlog\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("redacted note \(note)"))
        #expect(result.stdout.contains("note on the session: [redacted]"))
        #expect(!(try everythingShown(copy)).contains(Self.secret))
    }

    @Test(arguments: [
        (["redact", "s1", "12", "--reason", "r"], "'12' is not a record id: give at least 4 of its 16 hex digits ('log --ids' shows them)"),
        (["redact", "s1", "ffffffff", "--reason", "r"], "unknown record 'ffffffff'; 'log --ids' shows this session's record ids"),
        (["redact", "s1", "NOTE", "--reason", " "], "a redaction needs a reason, in a few words; nothing was redacted"),
        (["redact", "s1", "NOTE"], "redact: missing --reason <reason>; usage: workshop redact <session> <id> --reason <reason>"),
    ])
    func refusalsAreOneLineAndWriteNothing(_ arguments: [String], _ message: String) throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015", "--as", "s1"])
        _ = try copy.workshop(["note", "s1", "text"])
        let note = try id(of: "text", in: copy)
        let before = copy.folder.snapshot()
        let result = try copy.workshop(arguments.map { $0 == "NOTE" ? note : $0 })
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(message)\n")
        #expect(copy.folder.snapshot() == before)
    }

    @Test func aRecordOfAnotherSessionIsNamed() throws {
        let copy = try ExampleCopy()
        _ = try copy.workshop(["start", "stirling-2015", "--as", "s1"])
        _ = try copy.workshop(["start", "stirling-2015", "--as", "s2"])
        _ = try copy.workshop(["note", "s2", "elsewhere"])
        let log = try copy.workshop(["log", "s2", "--ids"]).stdout.split(separator: "\n")
        let id = String(try #require(log.last).prefix(8))
        let result = try copy.workshop(["redact", "s1", id, "--reason", "r"])
        #expect(result.stderr == "error: record '\(id)' is in session 's2', not 's1'; redact it there\n")
    }
}
