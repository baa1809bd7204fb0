import Testing
@testable import WorkshopKit

/// Where a journal line stops being UTF-8, and that both line readers agree on it.
struct UTF8CheckTests {
    static func column(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBytes { UTF8Check.firstInvalidColumn($0) }
    }

    @Test(arguments: [
        ([UInt8]("plain".utf8), nil),
        (Array("café 😀 ∑".utf8), nil),
        ([0x61, 0xFF], 2),                    // never in UTF-8
        ([0x61, 0x62, 0xC0, 0x80], 3),        // overlong NUL
        ([0xED, 0xA0, 0x80], 1),              // a surrogate
        ([0x61, 0xE2, 0x82], 2),              // cut short at the end
        ([0xF4, 0x90, 0x80, 0x80], 1),        // past U+10FFFF
        ([0x80, 0x61], 1),                    // a continuation byte alone
    ] as [([UInt8], Int?)])
    func findsTheFirstInvalidByte(_ bytes: [UInt8], _ expected: Int?) {
        #expect(Self.column(bytes) == expected)
    }

    @Test func theFastReaderDeclinesAndTheStrictOneNamesTheColumn() {
        let line = Array(#"{"type":"note","text":"a"#.utf8) + [0xFF] + Array(#""}"#.utf8)
        line.withUnsafeBytes { raw in
            #expect(FastLineParser.parse(raw) == nil)
            #expect(throws: ReplayProblem.invalidUTF8(column: 25)) { try SlowLineParser.parse(raw) }
        }
        let valid = Array(#"{"type":"note","text":"café"}"#.utf8)
        valid.withUnsafeBytes { raw in #expect(FastLineParser.parse(raw)?.string(.text) == "café") }
    }
}
