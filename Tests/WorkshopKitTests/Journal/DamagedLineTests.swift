import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// Only a last line cut short (no newline) is a crash's torn line. A line written whole that cannot
/// be replayed is damage wherever it is, a byte that is not UTF-8 is named by its column, and a kind
/// this version does not know is a newer version's when the journal or the line says so.
struct DamagedLineTests {
    static let answer = #"{"type":"answer","id":"00000000000000ff","at":"2015-11-20T06:13:20.123Z","by":"anna","#
        + #""activity":"drop-in","persona":"ghost","group":"table-1","answer":"4"}"#

    func startWithOneAnswer(_ fixture: SessionFixture) throws -> String {
        let session = try fixture.start()
        try session.record(.answer(fixture.cell("drop-in", "academic"), .level(1), note: "kept"), by: "anna")
        return Session.journalPath(root: fixture.root, id: "stirling-2015")
    }

    func append(_ bytes: [UInt8], to fixture: SessionFixture) throws {
        let handle = try FileHandle(forWritingTo: fixture.copy.journal("stirling-2015"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(bytes))
        try handle.close()
    }

    func sideFiles(_ fixture: SessionFixture) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixture.root.sessionsFolder).filter { $0.contains(".torn-") }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        var problem: ReplayProblem
        var testDescription: String { problem.description }
    }

    @Test(arguments: [
        Case(line: answer, problem: .unknown(kind: "persona", id: "ghost")),
        Case(line: #"{"type":"poll","id":"00000000000000aa","at":"2016-02-10T10:00:00.000Z","by":"anna"}"#,
             problem: .unknownType("poll")),
        Case(line: #"{"type":"note","id":"00000000000000ab","at":"2015-11-20T06:13:20.123Z","by":"anna","prompt":"nope","text":"x"}"#,
             problem: .unknown(kind: "prompt", id: "nope")),
        Case(line: #"{"type":"undo","id":"00000000000000ac","at":"2015-11-20T06:13:20.123Z","by":"anna","target":"0000000000000001"}"#,
             problem: .unknownTarget("0000000000000001")),
        Case(line: "not json at all", problem: .notJSON),
    ])
    func aCompleteDamagedLastLineIsRefusedNotSetAside(_ damaged: Case) throws {
        let fixture = try SessionFixture()
        let path = try startWithOneAnswer(fixture)
        try append(Array((damaged.line + "\n").utf8), to: fixture)
        let before = try fixture.journalBytes()
        for writable in [true, false] {
            #expect(throws: SessionError.journal(.damaged(path: path, line: 3, problem: damaged.problem))) {
                try fixture.open(writable: writable)
            }
        }
        #expect(try fixture.journalBytes() == before, "nothing moved out of the journal")
        #expect(try sideFiles(fixture).isEmpty)
    }

    @Test func theSameLineCutShortIsTornAndSetAside() throws {
        let fixture = try SessionFixture()
        _ = try startWithOneAnswer(fixture)
        try append(Array(Self.answer.utf8), to: fixture)
        let session = try fixture.open()
        #expect(session.recovery?.hasPrefix("recovered ") == true)
        #expect(session.state.activeNotes.map(\.text) == ["kept"])
        #expect(try sideFiles(fixture).count == 1)
    }

    @Test(arguments: [
        // The fast reader's kind of line, and one the strict reader takes (an escape), each with a bad byte.
        (#"{"type":"note","id":"00000000000000ad","at":"2015-11-20T06:13:20.123Z","by":"anna","text":"caf"#, 95),
        (#"{"type":"note","id":"00000000000000ad","at":"2015-11-20T06:13:20.123Z","by":"anna","text":"\"caf"#, 97),
    ])
    func invalidUTF8IsDamageWithItsColumn(_ head: String, _ column: Int) throws {
        let fixture = try SessionFixture()
        let path = try startWithOneAnswer(fixture)
        try append(Array(head.utf8) + [0xE9] + Array("\"}\n".utf8), to: fixture)
        #expect(Array(head.utf8).count + 1 == column)
        let error = SessionError.journal(.damaged(path: path, line: 3, problem: .invalidUTF8(column: column)))
        #expect(throws: error) { try fixture.open(writable: false) }
        #expect(error.description.hasPrefix("\(path):3:\(column): error: damaged record: not valid UTF-8"))
    }

    @Test func invalidUTF8InTheStartLineIsDamageToo() throws {
        let fixture = try SessionFixture()
        let path = try startWithOneAnswer(fixture)
        var bytes = try fixture.journalBytes()
        let at = try #require(bytes.firstIndex(of: UInt8(ascii: "a")))
        bytes[at] = 0xC0
        try Data(bytes).write(to: fixture.copy.journal("stirling-2015"))
        #expect(throws: SessionError.journal(.damaged(path: path, line: 1, problem: .invalidUTF8(column: at + 1)))) {
            try fixture.open(writable: false)
        }
    }

    @Test func anUnknownKindThatNamesANewerFormatOnItsLineIsANewerVersionsRecord() throws {
        let fixture = try SessionFixture()
        let path = try startWithOneAnswer(fixture)
        // A newer version continuing a journal this one started: the start record says format 3.
        try append(Array((#"{"type":"poll","id":"00000000000000aa","at":"2016-02-10T10:00:00.000Z","by":"anna","format":"9"}"#
            + "\n").utf8), to: fixture)
        #expect(throws: SessionError.journal(.newerVersion(path: path, format: 9, writer: nil))) {
            try fixture.open(writable: false)
        }
    }
}
