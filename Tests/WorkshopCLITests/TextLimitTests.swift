import Foundation
import Testing
import WorkshopTestSupport

/// One length limit per field at every door: over it, one line names the field, the count and the
/// limit, exit 1, and the journal is unchanged; at the limit it is recorded.
struct TextLimitTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: @Sendable (String) -> [String]
        var limit: Int
        var field: String
        var testDescription: String { field }
    }

    static let cases: [Case] = [
        Case(arguments: { ["score", "demo-2016", "drop-in", "academic", "4", "--group", "table-1", "--note", $0] },
             limit: 1000, field: "the note"),
        Case(arguments: { ["note", "demo-2016", $0] }, limit: 1000, field: "the note"),
        Case(arguments: { ["action", "demo-2016", $0] }, limit: 1000, field: "the action's text"),
        Case(arguments: { ["action", "demo-2016", "send the report", "--owner", $0] }, limit: 200, field: "the owner"),
        Case(arguments: { ["add-activity", "demo-2016", "late-idea", $0] }, limit: 200, field: "the activity's title"),
        Case(arguments: { ["add-activity", "demo-2016", "late-idea", "Late idea", "--stage", $0] }, limit: 200,
             field: "the activity's stage"),
    ]

    /// "e" with 20,000 combining accents is one character to a reader, and 40 KB: counted by its
    /// scalars, it is refused rather than passing as one.
    @Test func accentsPiledOnOneLetterDoNotPassAsOneCharacter() throws {
        let copy = try ExampleCopy()
        let piled = "e" + String(repeating: "\u{301}", count: 20_000)
        let refused = try copy.workshop(["note", "demo-2016", piled])
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("error: the note is 20001 characters; keep it to 1000"), "\(refused.stderr)")
        let accented = String(repeating: "e\u{301}\u{301}", count: 1000)
        #expect(try copy.workshop(["note", "demo-2016", accented]).status == 0, "1,000 accented letters are 1,000 characters")
    }

    @Test func aRedactionsReasonHasALimitToo() throws {
        let copy = try ExampleCopy()
        #expect(try copy.workshop(["note", "demo-2016", "names a student"]).status == 0)
        let last = try #require(try String(contentsOf: copy.journal("demo-2016"), encoding: .utf8).split(separator: "\n").last)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(last.utf8)) as? [String: Any])
        let id = try #require(record["id"] as? String)
        let before = try Data(contentsOf: copy.journal("demo-2016"))
        let refused = try copy.workshop(["redact", "demo-2016", id, "--reason", String(repeating: "r", count: 1001)])
        #expect(refused.stderr == "error: the reason is 1001 characters; keep it to 1000 (shorten it, or split it in two)\n")
        #expect(try Data(contentsOf: copy.journal("demo-2016")) == before)
    }

    @Test(arguments: cases)
    func overTheLimitIsRefusedInOneLineAndAtItIsRecorded(_ test: Case) throws {
        let copy = try ExampleCopy()
        let journal = copy.journal("demo-2016")
        let before = try Data(contentsOf: journal)
        // Accented letters count as one character each, as a reader counts them.
        let over = String(repeating: "é", count: test.limit + 1)
        let refused = try copy.workshop(test.arguments(over))
        #expect(refused.status == 1)
        #expect(refused.stderr == "error: \(test.field) is \(test.limit + 1) characters; keep it to \(test.limit) "
            + "(shorten it, or split it in two)\n")
        #expect(try Data(contentsOf: journal) == before)
        let atLimit = try copy.workshop(test.arguments(String(repeating: "é", count: test.limit)))
        #expect(atLimit.status == 0, "\(atLimit.stderr)")
    }

    @Test func thePromptRefusesTheSameWay() throws {
        let copy = try ExampleCopy()
        let long = String(repeating: "x", count: 1001)
        let result = try copy.workshop([], input: "open demo-2016\nnote \(long)\nnote short enough\n")
        #expect(result.stderr.contains("the note is 1001 characters; keep it to 1000"), "\(result.stderr)")
        #expect(try String(contentsOf: copy.journal("demo-2016"), encoding: .utf8).contains("short enough"))
    }
}

/// A journal written before the limits (or merged from one) keeps its long text: replay never
/// refuses it, and showing it is linear in its length.
struct LongTextFromBeforeTests {
    @Test func aMegabyteNoteWithNoSpacesStillOpensAndPrints() throws {
        let copy = try ExampleCopy()
        let note = String(repeating: "語", count: 350_000)  // about 1 MB of UTF-8, no spaces
        let line = #"{"type":"note","id":"00000000000a11ce","at":"2026-11-24T13:00:00.000Z","by":"anna","text":"\#(note)"}"#
        let handle = try FileHandle(forWritingTo: copy.journal("demo-2016"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((line + "\n").utf8))
        try handle.close()
        // It took minutes before wrapping was made linear; a minute is a hang, not a slow machine.
        let summary = try copy.run(["summary", "demo-2016"], environment: ["COLUMNS": "80"], timeout: 60)
        #expect(summary.status == 0, "exit \(summary.status): \(summary.stderr)")
        #expect(summary.stdout.contains("語語語"))
        let log = try copy.run(["log", "demo-2016"], timeout: 60)
        #expect(log.status == 0 && log.stdout.contains("語語語"), "\(log.stderr)")
    }
}
