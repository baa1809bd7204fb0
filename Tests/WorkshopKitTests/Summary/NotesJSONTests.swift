import Foundation
import Testing
@testable import WorkshopKit
@testable import WorkshopReports

/// The notes' hand-written JSON against `JSONEncoder`, byte for byte: every ASCII character, text
/// beyond it, every target field present or absent, and a whole summary with its notes spliced in.
struct NotesJSONTests {
    private static func encoded(_ value: some Encodable) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try encoder.encode(value))
    }

    private struct Holder: Encodable { var notes: [Note] }

    /// Notes whose texts hold every ASCII character and some beyond, on every kind of target.
    static let notes: [Note] = {
        let ascii = String(decoding: (0..<128).map { UInt8($0) }, as: UTF8.self)
        let texts = [ascii, "café “quoted” \u{2028}\u{2029}\u{FEFF} 🎓 a/b \\ \"", "", " "]
        let targets = [
            NoteTarget(), NoteTarget(activity: "drop-in"), NoteTarget(activity: "a\"b", persona: "p\\q", group: "t\n1"),
            NoteTarget(activity: "x", persona: "y", group: "z", criterion: "reach", prompt: "why/how"),
            NoteTarget(prompt: "\u{7F}\u{1B}[31m"),
        ]
        var notes: [Note] = []
        for (index, text) in texts.enumerated() {
            for target in targets {
                notes.append(Note(text: text, target: target, at: 1_700_000_000_000 + Int64(index * 997), by: index == 2 ? "sam\t" : "anna"))
            }
        }
        return notes
    }()

    @Test func theNotesArrayIsWhatTheEncoderWrites() throws {
        for notes in [Self.notes, [], Array(Self.notes.prefix(1))] {
            let expected = try Self.encoded(Holder(notes: notes))
            let written = Array("{\n  \"notes\" : ".utf8) + NotesJSON.array(notes, depth: 1) + Array("\n}".utf8)
            #expect(String(decoding: written, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        }
    }

    @Test func aWholeSummaryIsWhatTheEncoderWrites() throws {
        var summary = try SummaryTests.summary(SummaryTests.sample)
        for notes in [Self.notes, []] {
            summary.notes = notes
            #expect(String(decoding: try summary.jsonBytes(), as: UTF8.self)
                == String(decoding: try Self.encoded(summary), as: UTF8.self))
        }
    }

    /// The splice needs the encoder's pretty layout; in any other (compact here) it throws rather
    /// than return a summary without its notes.
    @Test func spliceRefusesALayoutItDoesNotKnow() throws {
        let notes = NotesJSON.array(Self.notes, depth: 1)
        let pretty = Array("{\n  \"id\" : \"s\",\n  \"notes\" : [\n\n  ]\n}".utf8)
        let spliced = try SessionSummary.splice(notes, into: pretty)
        #expect(spliced.count == pretty.count - 6 + notes.count)
        let compact = Array(#"{"id":"s","notes":[]}"#.utf8)
        #expect(throws: SessionSummary.NotesNotPlaced.self) { try SessionSummary.splice(notes, into: compact) }
    }
}
