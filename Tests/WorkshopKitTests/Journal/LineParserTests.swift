import Testing
@testable import WorkshopKit

struct LineParserTests {
    func fast(_ line: String) -> [String: String]? {
        Array(line.utf8).withUnsafeBytes { raw in
            FastLineParser.parse(raw).map(Self.dictionary)
        }
    }

    func slow(_ line: String) throws -> [String: String] {
        let parsed = try Array(line.utf8).withUnsafeBytes { raw in try SlowLineParser.parse(raw) }
        return parsed.withFields(Self.dictionary)
    }

    static func dictionary(_ fields: LineFields) -> [String: String] {
        var result: [String: String] = [:]
        for field in LineFields.Field.allCases {
            if let value = fields.string(field) { result[field.key] = value }
        }
        return result
    }

    @Test func readsAPlainAnswerLine() throws {
        let line = #"{"type":"answer","id":"00000000000000ff","at":"2015-11-20T06:13:20.123Z","by":"anna","activity":"drop-in","persona":"phd","group":"table-1","answer":"4"}"#
        #expect(fast(line) == ["type": "answer", "id": "00000000000000ff", "at": "2015-11-20T06:13:20.123Z",
                               "by": "anna", "activity": "drop-in", "persona": "phd", "group": "table-1", "answer": "4"])
        #expect(try slow(line) == fast(line))
    }

    @Test(arguments: [
        #"{"type":"note","text":"say \"hi\""}"#,
        #"{"type":"note","text":"line\nbreak"}"#,
        #"{ "type":"answer"}"#,
        #"{"type":"answer", "id":"x"}"#,
        #"{"type":"answer","n":4}"#,
        #"{"type":"start","plan":{"a":"b"}}"#,
        #"{"type":"answer""#,
        #"["type"]"#,
    ])
    func declinesAnythingUnusualForTheStrictPath(_ line: String) {
        #expect(fast(line) == nil)
    }

    @Test func theStrictPathReadsEscapes() throws {
        #expect(try slow(#"{"type":"note","text":"say \"hi\"\n\u00e9 \ud83d\ude00"}"#)
                == ["type": "note", "text": "say \"hi\"\né 😀"])
    }

    @Test func theStrictPathRefusesNonTextValues() {
        #expect(throws: ReplayProblem.wrongType(key: "answer")) { try slow(#"{"type":"answer","answer":4}"#) }
        #expect(throws: ReplayProblem.notJSON) { try slow(#"{"type":"answer""#) }
        #expect(throws: ReplayProblem.notAnObject) { try slow(#"["answer"]"#) }
    }

    @Test func unknownKeysAreIgnoredForForwardCompatibility() {
        #expect(fast(#"{"type":"close","future":"x"}"#) == ["type": "close"])
    }

    @Test func encoderOutputRoundTripsThroughBothReaders() throws {
        var line = JSONLine()
        line.add("type", "note")
        line.add("text", "quotes \" backslash \\ tab \t newline \n bell \u{07} émoji 😀")
        line.add("prompt", nil)
        let text = String(decoding: line.finished().dropLast(), as: UTF8.self)
        #expect(try slow(text) == ["type": "note", "text": "quotes \" backslash \\ tab \t newline \n bell \u{07} émoji 😀"])
        var plain = JSONLine()
        plain.add("type", "close")
        #expect(fast(String(decoding: plain.finished().dropLast(), as: UTF8.self)) == ["type": "close"])
    }
}
