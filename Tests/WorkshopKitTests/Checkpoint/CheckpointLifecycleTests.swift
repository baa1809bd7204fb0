import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// When a checkpoint is written, used and removed, as commands open sessions.
struct CheckpointLifecycleTests {
    @Test func aShortJournalGetsNoCheckpointAndALongOneGetsOneOnOpen() throws {
        let checkpoint = try CheckpointFixture()
        let session = try checkpoint.fixture.start()
        try checkpoint.recordEveryKind(session, round: 1, answers: 50)
        _ = try checkpoint.replay()
        #expect(!checkpoint.checkpointExists, "a journal under \(Checkpoint.minimumReplay) bytes is replayed whole")

        try checkpoint.recordEveryKind(session, round: 2, answers: 2500)
        #expect(try checkpoint.fixture.journalBytes().count > Checkpoint.minimumReplay)
        #expect(try checkpoint.replay().resumedAt == nil)
        #expect(checkpoint.checkpointExists)
        let second = try checkpoint.replay()
        #expect(second.resumedAt == (try checkpoint.fixture.journalBytes().count))
        #expect(try CheckpointFixture.encoded(second.state) == CheckpointFixture.encoded(session.state))
    }

    @Test func withoutCheckpointsNoneIsReadOrWritten() throws {
        let checkpoint = try CheckpointFixture()
        let session = try checkpoint.fixture.start()
        try checkpoint.recordEveryKind(session, round: 1, answers: 2500)
        let root = ProjectRoot(path: checkpoint.fixture.root.path, checkpoints: false)
        let opened = try Session.open("stirling-2015", root: root, writable: false)
        #expect(!checkpoint.checkpointExists)
        _ = try Session.open("stirling-2015", root: checkpoint.fixture.root, writable: false)
        #expect(checkpoint.checkpointExists)
        #expect(try CheckpointFixture.encoded(opened.state) == CheckpointFixture.encoded(session.state))
    }

    /// A redaction's text must not survive in the checkpoint, which held it.
    @Test func aRedactionRemovesTheCheckpointAndTheNextOneHoldsNoText() throws {
        let checkpoint = try CheckpointFixture()
        let session = try checkpoint.fixture.start()
        try session.record(.note(NoteTarget(), text: "Jane Doe was rude"), by: "anna")
        try checkpoint.recordEveryKind(session, round: 1, answers: 2500)
        _ = try checkpoint.replay()
        #expect(checkpoint.checkpointExists)
        #expect(try Data(contentsOf: URL(fileURLWithPath: checkpoint.checkpointPath)).range(of: Data("Jane Doe".utf8)) != nil)

        try session.redact(0, reason: "names someone", by: "bea")
        #expect(!checkpoint.checkpointExists)
        let reopened = try checkpoint.replay()
        #expect(reopened.resumedAt == nil && checkpoint.checkpointExists)
        let sessions = checkpoint.fixture.copy.url.appendingPathComponent("sessions")
        for name in try FileManager.default.contentsOfDirectory(atPath: sessions.path) {
            let data = try Data(contentsOf: sessions.appendingPathComponent(name))
            #expect(data.range(of: Data("Jane Doe".utf8)) == nil, "\(name)")
        }
    }

    @Test func aWritableOpenResumesAndStillSetsATornLineAside() throws {
        let checkpoint = try CheckpointFixture()
        do {
            let session = try checkpoint.fixture.start()
            try checkpoint.recordEveryKind(session, round: 1, answers: 2500)
        }
        _ = try checkpoint.replay()
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: checkpoint.path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"type":"answer","id":"#.utf8))
        try handle.close()
        let session = try checkpoint.fixture.open()
        #expect(session.recovery?.contains("torn last line") == true)
        try session.record(.answer(checkpoint.fixture.cell("drop-in", "academic"), .level(3), note: nil), by: "anna")
        #expect(try CheckpointFixture.encoded(checkpoint.replay(checkpoints: false).state)
            == CheckpointFixture.encoded(session.state))
    }

    @Test func theContentHashTellsAnyOneByteChange() {
        for length in [0, 1, 7, 31, 32, 33, 100, 4096] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
            let hash = bytes.withUnsafeBytes { ContentHash.of($0) }
            #expect(hash == bytes.withUnsafeBytes { ContentHash.of($0) })
            #expect(hash != (bytes + [0]).withUnsafeBytes { ContentHash.of($0) }, "length \(length)")
            for index in 0..<length {
                var changed = bytes
                changed[index] ^= 0x40
                #expect(hash != changed.withUnsafeBytes { ContentHash.of($0) }, "length \(length), byte \(index)")
            }
        }
    }
}
