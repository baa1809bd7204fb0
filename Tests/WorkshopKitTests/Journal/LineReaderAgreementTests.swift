import Testing
@testable import WorkshopKit

/// The fast journal reader never accepts a line the strict one refuses (the differential check of
/// `make fuzz`'s `journal-lines` target). Each case here is one it found.
struct LineReaderAgreementTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var line: [UInt8]
        var testDescription: String { name }
    }

    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test(arguments: [
        // Found by make fuzz: a byte of an id flipped to 0xb2; the fast reader took it, the strict refused it.
        Case(name: "invalid UTF-8 in a value", line: bytes(#"{"type":"add-activity","id":"54d6e617152b81"#) + [0xb2]
             + bytes(#"3","by":"facilitator","activity":"late-idea","title":"Late idea: a café"}"#)),
        Case(name: "Latin-1 text", line: bytes(#"{"type":"note","text":"caf"#) + [0xe9] + bytes(#""}"#)),
        Case(name: "a cut multi-byte character", line: bytes(#"{"type":"note","text":"☕"#).dropLast(1) + bytes(#""}"#)),
        Case(name: "invalid UTF-8 in an unknown key", line: bytes(#"{"type":"close","x"#) + [0xff] + bytes(#"":"y"}"#)),
        Case(name: "a control byte in a key", line: bytes(#"{"type":"close","x"#) + [0x01] + bytes(#"":"y"}"#)),
    ])
    func theFastReaderLeavesToTheStrictOneWhatItRefuses(_ example: Case) {
        let fast = example.line.withUnsafeBytes { FastLineParser.parse($0) != nil }
        #expect(!fast)
        #expect(throws: ReplayProblem.self) { try example.line.withUnsafeBytes { try SlowLineParser.parse($0) } }
    }

    @Test func textBeyondASCIIStaysOnTheFastPath() throws {
        let line = Self.bytes(#"{"type":"note","text":"café ☕ — naïve 😀"}"#)
        let fast = line.withUnsafeBytes { FastLineParser.parse($0)?.string(.text) }
        let strict = try line.withUnsafeBytes { try SlowLineParser.parse($0).withFields { $0.string(.text) } }
        #expect(fast == "café ☕ — naïve 😀")
        #expect(strict == fast)
    }
}
