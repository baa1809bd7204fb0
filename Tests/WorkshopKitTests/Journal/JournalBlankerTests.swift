import Testing
@testable import WorkshopKit

/// Blanking a redacted record's text touches nothing else: not its key order, spacing, escapes in
/// other fields, keys this version does not know, nor any other line.
struct JournalBlankerTests {
    static let start = #"{"type":"start","id":"0000000000000001","plan":{"x":"{\"text\":\"no\"}"}}"#

    func blank(_ lines: [String], _ ids: Set<UInt64> = [0xab]) throws -> [String]? {
        let journal = Array((([Self.start] + lines).joined(separator: "\n") + "\n").utf8)
        return try JournalBlanker.blanking(ids, in: journal).map {
            Array(String(decoding: $0, as: UTF8.self).split(separator: "\n").dropFirst().map(String.init))
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var blanked: String
        var testDescription: String { line }
    }

    @Test(arguments: [
        Case(line: #"{"type":"note","id":"00000000000000ab","at":"x","by":"anna","text":"Bob \"B\" Smith\n","prompt":"p"}"#,
             blanked: #"{"type":"note","id":"00000000000000ab","at":"x","by":"anna","text":"","prompt":"p"}"#),
        Case(line: #"{ "type" : "answer", "id": "00000000000000ab", "note" : "ask Jane", "future": {"note": "kept"} }"#,
             blanked: #"{ "type" : "answer", "id": "00000000000000ab", "note" : "", "future": {"note": "kept"} }"#),
        Case(line: #"{"type":"action","id":"00000000000000ab","number":"3","text":"email Jane","owner":"Jane","due":"2016-03-01"}"#,
             blanked: #"{"type":"action","id":"00000000000000ab","number":"3","text":"","owner":"","due":"2016-03-01"}"#),
        Case(line: #"{"type":"add-activity","id":"00000000000000ab","activity":"x","title":"Jane's clinic","description":"d","stage":"s"}"#,
             blanked: #"{"type":"add-activity","id":"00000000000000ab","activity":"x","title":"","description":"","stage":"s"}"#),
        Case(line: #"{"type":"review","id":"00000000000000ab","target":"00000000000000aa","status":"done","note":"a","note":"b"}"#,
             blanked: #"{"type":"review","id":"00000000000000ab","target":"00000000000000aa","status":"done","note":"","note":""}"#),
    ])
    func blanksTheFreeTextAndNothingElse(_ example: Case) throws {
        let other = #"{"type":"note","id":"00000000000000ac","at":"x","by":"anna","text":"stays"}"#
        #expect(try blank([other, example.line, other]) == [other, example.blanked, other])
    }

    @Test func aLineAlreadyBlankNeedsNoRewrite() throws {
        #expect(try blank([#"{"type":"note","id":"00000000000000ab","text":""}"#]) == nil)
    }

    @Test func aRecordThatIsNotThereIsRefused() {
        #expect(throws: JournalBlanker.Failure.notFound("00000000000000cd")) {
            try blank([#"{"type":"note","id":"00000000000000ab","text":"x"}"#], [0xcd])
        }
    }

    @Test func anotherRecordNamingTheIdIsLeftAlone() throws {
        let undo = #"{"type":"undo","id":"00000000000000ad","target":"00000000000000ab"}"#
        #expect(try blank([#"{"type":"note","id":"00000000000000ab","text":"x"}"#, undo])
                == [#"{"type":"note","id":"00000000000000ab","text":""}"#, undo])
    }
}
