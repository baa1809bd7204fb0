import Testing
@testable import WorkshopKit
@testable import WorkshopSupport
@testable import WorkshopSession
@testable import WorkshopMerge
@testable import WorkshopReports

/// The checkpoint is written a piece at a time: the writer hands on the same bytes it would hold,
/// and the hash fed piece by piece equals the hash of the whole.
struct StreamingWriteTests {
    private static func write(_ writer: inout BinaryWriter, columns: Int) {
        for column in 0..<columns {
            writer.string("column \(column) ✓")
            writer.ints((0..<(column * 40_000)).map { Int32(truncatingIfNeeded: $0 &* 7919 &+ column) })
            writer.bool(column % 2 == 0)
            writer.double(Double(column) / 3)
        }
    }

    @Test func aWriterWithASinkHandsOnExactlyWhatItWouldHold() {
        var held = BinaryWriter()
        Self.write(&held, columns: 12)
        var pieces: [UInt8] = [], sizes: [Int] = []
        var streamed = BinaryWriter { piece in
            pieces += piece
            sizes.append(piece.count)
            return true
        }
        Self.write(&streamed, columns: 12)
        streamed.handOn()
        #expect(pieces == held.bytes)
        #expect(streamed.count == held.count)
        #expect(sizes.count > 1, "handed on as it went, not at the end")
        #expect(sizes.dropLast().allSatisfy { $0 % ContentHash.block == 0 })
    }

    @Test func aSinkThatRefusesIsRemembered() {
        var calls = 0
        var writer = BinaryWriter { _ in
            calls += 1
            return false
        }
        Self.write(&writer, columns: 12)
        writer.handOn()
        #expect(!writer.sinkAccepted)
        #expect(calls == 1, "nothing more is handed to a sink that refused")
    }

    @Test func theHashFedInPiecesIsTheHashOfTheWhole() {
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 31, 32, 33, 1000, 4099] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let whole = bytes.withUnsafeBytes { ContentHash.of($0) }
            var hash = ContentHash(), at = 0
            while bytes.count - at >= ContentHash.block {
                let blocks = Int.random(in: 1...((bytes.count - at) / ContentHash.block), using: &generator)
                bytes.withUnsafeBytes { hash.feed(UnsafeRawBufferPointer(rebasing: $0[at..<at + blocks * ContentHash.block])) }
                at += blocks * ContentHash.block
            }
            #expect(bytes.withUnsafeBytes { hash.finish(UnsafeRawBufferPointer(rebasing: $0[at...])) } == whole, "length \(length)")
        }
    }
}

/// The checkpoint's hash in chunks: fed in pieces while written, or read whole on every core, the same.
struct ChunkedHashTests {
    @Test func fedInPiecesOrReadWholeTheHashIsTheSame() {
        var generator = SystemRandomNumberGenerator()
        let chunk = ChunkedHash.chunk
        for length in [0, 31, 32, chunk - 32, chunk, chunk + 5, 2 * chunk + 4096 + 7] {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 9) }
            let whole = bytes.withUnsafeBytes { ChunkedHash.of($0) }
            var hash = ChunkedHash(), at = 0
            while bytes.count - at >= ContentHash.block {
                let blocks = Int.random(in: 1...min(40_000, (bytes.count - at) / ContentHash.block), using: &generator)
                bytes.withUnsafeBytes { hash.feed(UnsafeRawBufferPointer(rebasing: $0[at..<at + blocks * ContentHash.block])) }
                at += blocks * ContentHash.block
            }
            #expect(bytes.withUnsafeBytes { hash.finish(UnsafeRawBufferPointer(rebasing: $0[at...])) } == whole, "length \(length)")
            if length > 0 {
                var changed = bytes
                changed[length / 2] ^= 1
                #expect(changed.withUnsafeBytes { ChunkedHash.of($0) } != whole, "length \(length)")
            }
        }
    }
}
