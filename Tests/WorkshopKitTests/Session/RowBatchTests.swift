import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// A row is one batch (journal format 4): one change for undo and redo, and all or none after a
/// crash, wherever the crash cut its one write.
struct RowBatchTests {
    static let activities = ["bring-a-friend", "consultations", "drop-in", "embedded-teaching", "induction"]

    func row(_ fixture: SessionFixture, _ session: Session, level: Int = 3) throws {
        let changes = Self.activities.map { Change.answer(fixture.cell($0, "undergraduate", "table-3"), .level(level), note: nil) }
        try session.record(all: changes, by: "anna")
    }

    func rowAnswers(_ state: SessionState, _ fixture: SessionFixture) -> Int {
        Self.activities.filter { state.answer(for: fixture.cell($0, "undergraduate", "table-3")) != nil }.count
    }

    @Test func aRowIsOneBatchWhoseHeadNamesFormatFour() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try row(fixture, session)
        let lines = String(decoding: try fixture.journalBytes(), as: UTF8.self).split(separator: "\n").map(String.init)
        #expect(lines.count == 1 + 1 + Self.activities.count)
        #expect(lines[1].hasPrefix(#"{"type":"batch","id":""#))
        #expect(lines[1].hasSuffix(#","lines":"5","format":"4"}"#))
        let head = try #require(lines[1].split(separator: "\"").dropFirst(7).first.map(String.init))
        for line in lines.dropFirst(2) { #expect(line.hasSuffix(#","batch":"\#(head)"}"#)) }
        // Ids follow the head's, so a sort by time then id keeps a row in order.
        let ids = lines.dropFirst().compactMap { RecordID.parse(String($0.split(separator: "\"")[7])) }
        #expect(zip(ids, ids.dropFirst()).allSatisfy { $1 == $0 + 1 })
    }

    @Test func undoAndRedoTakeARowWhole() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        try session.record(.answer(fixture.cell("drop-in", "academic"), .level(1), note: nil), by: "anna")
        try row(fixture, session)
        #expect(session.state.undoDepth(for: "anna") == 2)
        let undo = try session.record(.undo, by: "anna")
        #expect(session.state.describe(undo) == "undo: row for undergraduate · table-3: 5 answers")
        #expect(rowAnswers(session.state, fixture) == 0)
        #expect(session.state.answer(for: fixture.cell("drop-in", "academic")) == .level(1))
        try session.record(.redo, by: "anna")
        #expect(rowAnswers(session.state, fixture) == 5)
        let reopened = try fixture.open(writable: false).state
        #expect(rowAnswers(reopened, fixture) == 5)
        #expect(reopened.recordTotals.undone == 0)
    }

    /// Every byte offset from the row's first byte to its last: replayed in memory, parsed ahead in
    /// small chunks, and opened for writing from disk, each gives none of the row or all of it, and
    /// a row cut short is set aside whole as a torn tail.
    @Test func aRowCutAtAnyByteReplaysToNoneOrAll() throws {
        let fixture = try SessionFixture()
        let before: Int
        do {
            let session = try fixture.start()
            try session.record(.answer(fixture.cell("drop-in", "academic"), .level(1), note: nil), by: "anna")
            before = try fixture.journalBytes().count
            try row(fixture, session)
        }
        let whole = try fixture.journalBytes()
        let path = fixture.copy.journal("stirling-2015").path
        for cut in before...whole.count {
            let bytes = Array(whole[..<cut])
            let expected = cut == whole.count ? 5 : 0
            let torn: Range<Int>? = cut == before || cut == whole.count ? nil : before..<cut
            for ahead in [Int.max, 0] {
                let outcome = try SessionReplay.replay(JournalBytes(bytes), path: path, aheadFrom: ahead, chunk: 97)
                #expect(rowAnswers(outcome.state, fixture) == expected, "cut at \(cut), ahead \(ahead)")
                #expect(outcome.tornTail == torn, "cut at \(cut), ahead \(ahead)")
                #expect(outcome.state.recordCount == 1 + (expected == 5 ? 6 : 0))
            }
            // From the file, read up to the cut, as the reader of a file a crash left.
            let fd = open(path, O_RDONLY)
            defer { close(fd) }
            for ahead in [Int.max, 0] {
                let outcome = try SessionReplay.replay(fd: fd, size: cut, path: path, checkpoints: nil, aheadFrom: ahead, chunk: 97)
                #expect(rowAnswers(outcome.state, fixture) == expected, "cut at \(cut), file, ahead \(ahead)")
                #expect(outcome.tornTail == torn, "cut at \(cut), file, ahead \(ahead)")
            }
        }
        // Opened for writing (a sync or two each, so every thirteenth cut and each line's end): the
        // torn row is moved to a side file and the journal cut back to before it.
        let ends = whole.indices.filter { whole[$0] == 0x0A && $0 >= before }.map { $0 + 1 }
        for cut in Set(Array(stride(from: before, to: whole.count, by: 13)) + ends).sorted() {
            let copy = try SessionFixture()
            try Data(whole[..<cut]).write(to: copy.copy.journal("stirling-2015"))
            let opened = try copy.open()
            let torn = cut != before && cut != whole.count
            #expect(rowAnswers(opened.state, copy) == (cut == whole.count ? 5 : 0), "cut at \(cut), opened")
            #expect(try copy.journalBytes().count == (torn ? before : cut))
            #expect((opened.recovery != nil) == torn)
        }
    }

    @Test(arguments: [
        // A member with no head before it: line 2.
        (2, [#"{"type":"answer","id":"00000000000000f1","at":"2015-11-20T06:13:20.123Z","by":"anna","activity":"drop-in","persona":"academic","group":"table-1","answer":"2","batch":"00000000000000f0"}"#]),
        // A head, then a line not of its batch: line 4.
        (4, [#"{"type":"batch","id":"00000000000000f0","at":"2015-11-20T06:13:20.123Z","by":"anna","lines":"2","format":"4"}"#,
         #"{"type":"answer","id":"00000000000000f1","at":"2015-11-20T06:13:20.123Z","by":"anna","activity":"drop-in","persona":"academic","group":"table-1","answer":"2","batch":"00000000000000f0"}"#,
         #"{"type":"answer","id":"00000000000000f2","at":"2015-11-20T06:13:20.123Z","by":"anna","activity":"induction","persona":"academic","group":"table-1","answer":"2"}"#,
         #"{"type":"answer","id":"00000000000000f3","at":"2015-11-20T06:13:20.123Z","by":"anna","activity":"induction","persona":"academic","group":"table-1","answer":"2","batch":"00000000000000f0"}"#]),
    ])
    func aBatchLineOutOfPlaceIsDamage(_ line: Int, _ lines: [String]) throws {
        let fixture = try SessionFixture()
        _ = try fixture.start()
        let handle = try FileHandle(forWritingTo: fixture.copy.journal("stirling-2015"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(lines.map { $0 + "\n" }.joined().utf8))
        try handle.close()
        #expect(throws: SessionError.self) { try fixture.open(writable: false) }
        do {
            _ = try fixture.open(writable: false)
        } catch {
            #expect("\(error)".contains(".jsonl:\(line): error: damaged record: "), "\(error)")
            #expect("\(error)".contains("batch"), "\(error)")
        }
    }

    @Test func aWalksAnswersUndoOneByOneOrWhole() throws {
        let fixture = try SessionFixture()
        let session = try fixture.start()
        let walk = RecordID.random()
        for activity in Self.activities {
            try session.record(.answer(fixture.cell(activity, "undergraduate", "table-3"), .level(2), note: nil), by: "anna", walk: walk)
        }
        #expect(session.state.walkUndoSize(for: "anna") == 5)
        try session.record(.undo, by: "anna")
        #expect(rowAnswers(session.state, fixture) == 4)
        #expect(session.state.walkUndoSize(for: "anna") == 4)
        #expect(try session.undoWalk(by: "anna") == 4)
        #expect(rowAnswers(session.state, fixture) == 0)
        #expect(try session.redoWalk(by: "anna") == 5)
        #expect(rowAnswers(session.state, fixture) == 5)
        let reopened = try fixture.open(writable: false).state
        #expect(rowAnswers(reopened, fixture) == 5)
        #expect(reopened.walkUndoSize(for: "anna") == 5)
    }
}
