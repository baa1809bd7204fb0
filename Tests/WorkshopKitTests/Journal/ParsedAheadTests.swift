import Foundation
import Testing
@testable import WorkshopKit

/// A long journal is read and parsed on a second core while replay applies it (from disk, or in
/// memory as a merge replays its result): that path must end
/// in the same state, the same torn tail and the same error as the one-core path, at any chunk size
/// (a line cut across chunks, a line longer than a chunk).
struct ParsedAheadTests {
    private struct Replayed: Equatable {
        var state: [UInt8]?
        var tornTail: Range<Int>?
        var error: String?
    }

    private static func replay(_ path: String, ahead: Bool, chunk: Int = JournalLines.chunk) throws -> Replayed {
        let (fd, size) = try JournalFile.openForReading(path: path)
        defer { close(fd) }
        let outcome: SessionReplay.Outcome
        do throws(JournalError) {
            outcome = try SessionReplay.replay(
                fd: fd, size: size, path: path, checkpoints: nil, aheadFrom: ahead ? 0 : .max, chunk: chunk)
        } catch {
            return Replayed(error: error.description)
        }
        return Replayed(state: try CheckpointFixture.encoded(outcome.state), tornTail: outcome.tornTail)
    }

    /// The journal read into memory first, as a merge replays its result.
    private static func replayInMemory(_ path: String, ahead: Bool, chunk: Int = JournalLines.chunk) throws -> Replayed {
        let bytes = JournalBytes(try [UInt8](Data(contentsOf: URL(fileURLWithPath: path))))
        let outcome: SessionReplay.Outcome
        do throws(JournalError) {
            outcome = try SessionReplay.replay(bytes, path: path, aheadFrom: ahead ? 0 : .max, chunk: chunk)
        } catch {
            return Replayed(error: error.description)
        }
        return Replayed(state: try CheckpointFixture.encoded(outcome.state), tornTail: outcome.tornTail)
    }

    private static func expectSame(_ path: String, _ comment: String) throws {
        let one = try replay(path, ahead: false)
        #expect(try replayInMemory(path, ahead: false) == one, "\(comment), in memory")
        for chunk in [1, 7, 64, 173, 4096, 1 << 20] {
            #expect(try replay(path, ahead: true, chunk: chunk) == one, "\(comment), chunk \(chunk)")
            #expect(try replayInMemory(path, ahead: true, chunk: chunk) == one, "\(comment), in memory, chunk \(chunk)")
        }
    }

    @Test func theSameStateTailAndErrorAtAnyChunkSize() throws {
        let checkpoint = try CheckpointFixture()
        let session = try checkpoint.fixture.start()
        for round in 1...3 { try checkpoint.recordEveryKind(session, round: round, answers: 40) }
        let path = checkpoint.path
        try Self.expectSame(path, "as recorded")
        #expect(try Self.replay(path, ahead: true, chunk: 64).state != nil)

        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("   \n\n".utf8))
        try Self.expectSame(path, "blank lines")
        try handle.write(contentsOf: Data(#"{"type":"answer","id":"#.utf8))
        try Self.expectSame(path, "a torn tail")
        #expect(try Self.replay(path, ahead: true, chunk: 7).tornTail != nil)
        try handle.write(contentsOf: Data("\n".utf8))
        try Self.expectSame(path, "a damaged line")
        #expect(try Self.replay(path, ahead: true, chunk: 7).error != nil)
        try handle.close()
    }
}
