import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit
@testable import WorkshopSession
@testable import WorkshopMerge
@testable import WorkshopReports

/// What a crash, an editor or a second copy of the tool can do to a journal, and how opening copes.
struct RecoveryTests {
    func startWithTwoAnswers(_ fixture: SessionFixture) throws {
        let session = try fixture.start()
        try session.record(.answer(fixture.cell("drop-in", "academic"), .level(1), note: nil), by: "anna")
        try session.record(.answer(fixture.cell("induction", "academic"), .level(2), note: nil), by: "anna")
    }

    func append(_ text: String, to fixture: SessionFixture) throws {
        let handle = try FileHandle(forWritingTo: fixture.copy.journal("stirling-2015"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    func sideFiles(_ fixture: SessionFixture) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: fixture.root.sessionsFolder)
            .filter { $0.contains(".torn-") }
    }

    @Test(arguments: [
        #"{"type":"answer","id":"00000000000000ff","at":"2015-11-20T06:1"#,
        "\u{0}\u{0}\u{0}\u{0}",
        #"{"type":"answer","id":"00000000000000ff","at":"2015-11-20T06:13:20.123Z","by":"anna","activity":"drop-in","persona":"academic","group":"table-1","answer":"#,
    ])
    func aTornLastLineIsSetAsideAndEverythingBeforeItKept(_ torn: String) throws {
        let fixture = try SessionFixture()
        try startWithTwoAnswers(fixture)
        let good = try fixture.journalBytes()
        try append(torn, to: fixture)

        // Read-only: reported, ignored, nothing changed on disk.
        let reader = try fixture.open(writable: false)
        #expect(reader.recovery?.contains("torn line") == true)
        #expect(reader.state.recordCount == 2)
        #expect(try sideFiles(fixture).isEmpty)

        let session = try fixture.open()
        #expect(session.recovery?.hasPrefix("recovered ") == true)
        #expect(session.state.recordCount == 2)
        #expect(try fixture.journalBytes() == good)
        let side = try #require(try sideFiles(fixture).first)
        let kept = try Data(contentsOf: URL(fileURLWithPath: fixture.root.sessionsFolder + "/" + side))
        #expect(Array(kept) == Array(torn.utf8))
        // And the session carries on.
        try session.record(.answer(fixture.cell("drop-in", "academic"), .level(4), note: nil), by: "anna")
        #expect(try fixture.open(writable: false).state.answer(for: fixture.cell("drop-in", "academic")) == .level(4))
    }

    @Test func aDamagedLineElsewhereStopsTheOpenNamingItsLine() throws {
        let fixture = try SessionFixture()
        try startWithTwoAnswers(fixture)
        var lines = String(decoding: try fixture.journalBytes(), as: UTF8.self).split(separator: "\n").map(String.init)
        lines[1] = String(lines[1].dropLast(5))
        try (lines.joined(separator: "\n") + "\n").write(
            to: fixture.copy.journal("stirling-2015"), atomically: true, encoding: .utf8)
        let path = Session.journalPath(root: fixture.root, id: "stirling-2015")
        #expect(throws: SessionError.journal(.damaged(path: path, line: 2, problem: .notJSON))) {
            try fixture.open()
        }
        #expect(throws: SessionError.self) { try fixture.open(writable: false) }
        #expect(try sideFiles(fixture).isEmpty)
    }

    @Test func aLineThatBreaksTheSessionsRulesIsDamagedToo() throws {
        let fixture = try SessionFixture()
        try startWithTwoAnswers(fixture)
        try append(#"{"type":"answer","id":"00000000000000ff","at":"2015-11-20T06:13:20.123Z","by":"anna","activity":"nope","persona":"academic","group":"table-1","answer":"4"}"# + "\n", to: fixture)
        try append(#"{"type":"close","id":"00000000000000fe","at":"2015-11-20T06:13:20.123Z","by":"anna"}"# + "\n", to: fixture)
        let path = Session.journalPath(root: fixture.root, id: "stirling-2015")
        #expect(throws: SessionError.journal(.damaged(path: path, line: 4, problem: .unknown(kind: "activity", id: "nope")))) {
            try fixture.open()
        }
    }

    @Test func aHandEditedLineWithSpacesStillReads() throws {
        let fixture = try SessionFixture()
        try startWithTwoAnswers(fixture)
        try append(#"{ "type": "answer", "id": "00000000000000ff", "at": "2015-11-20T06:13:20.123Z", "by": "anna", "activity": "drop-in", "persona": "phd-candidate", "group": "table-1", "answer": "5" }"# + "\n\n", to: fixture)
        let state = try fixture.open().state
        #expect(state.answer(for: fixture.cell("drop-in", "phd-candidate")) == .level(4))
    }

    @Test func anEmptyJournalIsReported() throws {
        let fixture = try SessionFixture()
        _ = FileManager.default.createFile(atPath: fixture.copy.journal("empty").path, contents: Data())
        #expect(throws: SessionError.journal(.empty(path: Session.journalPath(root: fixture.root, id: "empty")))) {
            try Session.open("empty", root: fixture.root, writable: false)
        }
    }

    @Test func aSecondWriterIsToldWhoHasTheSessionAndMayStillRead() throws {
        let fixture = try SessionFixture()
        let first = try fixture.start()
        #expect(throws: SessionError.journal(.inUse(session: "stirling-2015", pid: getpid()))) {
            try fixture.open()
        }
        let reader = try fixture.open(writable: false)
        #expect(reader.isReadOnly)
        #expect(throws: SessionError.journal(.readOnlySession(session: "stirling-2015"))) {
            try reader.record(.close, by: "anna")
        }
        try first.record(.close, by: "anna")
    }

    @Test func theLockIsReleasedWhenTheWriterGoes() throws {
        let fixture = try SessionFixture()
        do { _ = try fixture.start() }
        let again = try fixture.open()
        #expect(!again.isReadOnly)
    }
}

struct StartRecordTests {
    func parse(_ text: String) throws(ReplayProblem) -> StartRecord {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBytes { raw in
            Result { () throws(ReplayProblem) in try StartRecord.parse(raw) }
        }.get()
    }

    @Test func aJournalMustBeginWithItsStartRecord() {
        #expect(throws: ReplayProblem.noStart) {
            try parse(#"{"type":"answer","id":"00000000000000ff","at":"2015-11-20T06:13:20.123Z","answer":"4"}"#)
        }
        #expect(throws: ReplayProblem.notJSON) { try parse("not json") }
        #expect(throws: ReplayProblem.missing(key: "plan")) {
            try parse(#"{"type":"start","id":"00000000000000ff","at":"2015-11-20T06:13:20.123Z","session":"s","personas":[]}"#)
        }
    }

    @Test func aStartRecordRoundTrips() throws {
        let plan = Plan(id: "p", title: "T", personas: ["a"], activities: [Activity(id: "x", title: "X")],
                        scale: Scale.builtin(named: "rag") ?? Scale.labelled("", []))
        let record = StartRecord(id: 42, at: 1_448_000_000_123, by: "anna", session: "s", plan: plan,
                                 personas: [Persona(id: "a", name: "A", weight: 2)])
        let line = try record.line()
        let parsed = try parse(String(decoding: line.dropLast(), as: UTF8.self))
        #expect(parsed.plan == plan)
        #expect(parsed.personas == record.personas)
        #expect(parsed.id == 42)
        #expect(parsed.at == record.at)
    }
}
