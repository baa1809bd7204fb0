import Foundation
import Testing
import WorkshopTestSupport
@testable import WorkshopKit

/// The checkpoint beside a journal: a state read from it and given the lines added since is the
/// state a full replay gives, whatever the records; and on any doubt it is not used.
struct CheckpointTests {
    @Test func resumingFromACheckpointGivesTheStateAFullReplayGives() throws {
        let checkpoint = try CheckpointFixture()
        let session = try checkpoint.fixture.start()
        try checkpoint.recordEveryKind(session, round: 1, answers: 40)
        try checkpoint.saveCheckpoint()
        let covered = try checkpoint.fixture.journalBytes().count
        // Undo and redo in the tail reach records made before the checkpoint. (A redaction would
        // remove the checkpoint: CheckpointLifecycleTests.)
        try checkpoint.recordEveryKind(session, round: 2, answers: 40, redacting: false)
        try session.record(.undo, by: "carla")
        try session.record(.close, by: "anna")

        let resumed = try checkpoint.replay()
        let full = try checkpoint.replay(checkpoints: false)
        #expect(resumed.resumedAt == covered)
        #expect(full.resumedAt == nil)
        #expect(try CheckpointFixture.encoded(resumed.state) == CheckpointFixture.encoded(full.state))
        #expect(try CheckpointFixture.encoded(resumed.state) == CheckpointFixture.encoded(session.state))
        #expect(resumed.state.log.map(\.text) == full.state.log.map(\.text))
        #expect(resumed.state.isClosed && resumed.state.actions.count == 2)
    }

    @Test func aCheckpointOfTheWholeJournalReadsBackAsItWasWritten() throws {
        let checkpoint = try CheckpointFixture()
        let session = try checkpoint.fixture.start()
        try checkpoint.recordEveryKind(session, round: 1, answers: 10)
        try checkpoint.saveCheckpoint()
        let resumed = try checkpoint.replay()
        #expect(resumed.resumedAt == (try checkpoint.fixture.journalBytes().count))
        #expect(try CheckpointFixture.encoded(resumed.state) == CheckpointFixture.encoded(session.state))
    }

    /// Each way a checkpoint can stop matching its journal, or be damaged, and it is ignored.
    enum Doubt: CaseIterable {
        case checkpointCutShort, checkpointByteFlipped, otherVersion, journalEditedInPlace, journalReplacedByACopy,
             journalCutShorter, checkpointEmpty
    }

    @Test(arguments: Doubt.allCases)
    func aCheckpointInDoubtIsIgnored(_ doubt: Doubt) throws {
        let checkpoint = try CheckpointFixture()
        let session = try checkpoint.fixture.start()
        try checkpoint.recordEveryKind(session, round: 1, answers: 30)
        try checkpoint.saveCheckpoint()
        try session.record(.note(NoteTarget(), text: "after the checkpoint"), by: "anna")
        let file = URL(fileURLWithPath: checkpoint.checkpointPath), journal = URL(fileURLWithPath: checkpoint.path)
        var bytes = try Data(contentsOf: file)
        var journalBytes = try Data(contentsOf: journal)
        switch doubt {
        case .checkpointCutShort: try bytes.prefix(bytes.count - 9).write(to: file)
        case .checkpointByteFlipped:
            bytes[bytes.count - 100] ^= 0x01
            try bytes.write(to: file)
        case .otherVersion:
            bytes[20] &+= 1  // the version follows the 20-byte magic
            try bytes.write(to: file)
        case .checkpointEmpty: try Data().write(to: file)
        case .journalEditedInPlace:
            let handle = try FileHandle(forUpdating: journal)
            // Within the last 4 KiB the checkpoint covers, which its stamp hashes (an edit further back
            // that keeps the length is not seen: FORMAT.md says so).
            let offset = try #require(journalBytes.lastRange(of: Data("note 28 of 1".utf8))?.lowerBound)
            try handle.seek(toOffset: UInt64(offset))
            try handle.write(contentsOf: Data("NOTE 28 OF 1".utf8))
            try handle.close()
        case .journalReplacedByACopy:
            try FileManager.default.removeItem(at: journal)
            try journalBytes.write(to: journal)
        case .journalCutShorter:
            let lines = journalBytes.split(separator: 10, omittingEmptySubsequences: false)
            journalBytes = Data(lines.prefix(5).joined(separator: [10]) + [10])
            try FileManager.default.removeItem(at: journal)
            try journalBytes.write(to: journal)
        }
        let resumed = try checkpoint.replay()
        #expect(resumed.resumedAt == nil)
        #expect(try CheckpointFixture.encoded(resumed.state) == CheckpointFixture.encoded(checkpoint.replay(checkpoints: false).state))
    }

    /// A damaged checkpoint is refused by its hash, and one whose hash was forged to match is still
    /// read with every length and index checked: neither crashes nor is used.
    @Test func randomDamageIsNeverUsedAndNeverCrashes() throws {
        let checkpoint = try CheckpointFixture()
        let session = try checkpoint.fixture.start()
        try checkpoint.recordEveryKind(session, round: 1, answers: 20)
        try checkpoint.saveCheckpoint()
        let original = try Data(contentsOf: URL(fileURLWithPath: checkpoint.checkpointPath))
        // Seeded, so a run that finds a way to crash finds it again; WORKSHOP_DAMAGE_SEED and
        // WORKSHOP_DAMAGE_ROUNDS=20000 look further.
        let environment = ProcessInfo.processInfo.environment
        var generator = Xoshiro256StarStar(seed: BootstrapSeed(value: UInt64(environment["WORKSHOP_DAMAGE_SEED"] ?? "") ?? 20261204))
        let rounds = Int(environment["WORKSHOP_DAMAGE_ROUNDS"] ?? "") ?? 300
        for _ in 0..<200 {
            var damaged = original
            let offset = Int.random(in: 0..<damaged.count, using: &generator)
            damaged[offset] ^= UInt8.random(in: 1...255, using: &generator)
            try damaged.write(to: URL(fileURLWithPath: checkpoint.checkpointPath))
            #expect(try checkpoint.replay().resumedAt == nil, "byte \(offset)")
        }
        // Past the hash: the payload read on its own, damaged anywhere, is refused or reads whole.
        let state = try checkpoint.replay(checkpoints: false).state
        let payload = try CheckpointFixture.encoded(state)
        for _ in 0..<rounds {
            var damaged = payload
            let offset = Int.random(in: 0..<damaged.count, using: &generator)
            damaged[offset] ^= UInt8.random(in: 1...255, using: &generator)
            let cut = Int.random(in: 0...damaged.count, using: &generator)
            for bytes in [damaged, Array(payload.prefix(cut))] {
                // Rows are read in place and checked on access, so every reader of them runs.
                let file = MappedFile(copying: bytes)
                var reader = BinaryReader(file.bytes)
                if let read = try? SessionState(reading: &reader, in: file) {
                    _ = read.currentAnswers; _ = read.log; _ = read.activeNotes; _ = read.recordTotals
                }
            }
        }
    }
}
