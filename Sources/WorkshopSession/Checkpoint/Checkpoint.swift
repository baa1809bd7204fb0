#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WorkshopModel
import WorkshopSupport

/// A cache of a session's replayed state beside its journal, `sessions/<id>.jsonl.checkpoint`, so a
/// command replays only the lines added since it was made. Never the source of truth: it is stamped
/// with the journal it was made from (which file, how many bytes, hashes of their first and last
/// bytes), its own format and the program that wrote it, and hashed whole; on any doubt it is
/// ignored and the journal replayed in full. Deleting it changes nothing but speed.
package enum Checkpoint {
    /// Bumped whenever what `SessionState.write(to:)` writes changes.
    package static let version: UInt32 = 7
    private static let magic = Array("workshop checkpoint\n".utf8)
    /// A journal shorter than this is replayed in full every time (well under a millisecond); a
    /// checkpoint is written once this much has been replayed beyond the last one.
    package static let minimumReplay = 256 * 1024

    package static func path(journal: String) -> String { journal + suffix }
    package static let suffix = ".checkpoint"

    /// The state the checkpoint beside `journal` holds and its stamp, if it was made from the first
    /// bytes of the journal open as `fd` by this program in this format, and reads back whole.
    /// `writer`'s writes to it finish first.
    package static func load(journal: String, fd: Int32, writer: BackgroundWriter) -> (state: SessionState, stamp: Stamp)? {
        writer.finishWriting(to: journal)
        guard let file = MappedFile(path: path(journal: journal)) else { return nil }
        let raw = file.bytes
        var reader = BinaryReader(raw)
        guard let header = try? Header(reading: &reader),
              header.stamp == Stamp(journal: fd, length: header.stamp.length, lines: header.stamp.lines),
              let payloadLength = try? reader.int(UInt64.self)
        else { return nil }
        let headerLength = reader.offset
        guard let expected = try? reader.int(UInt64.self), payloadLength == UInt64(raw.count - reader.offset)
        else { return nil }
        let payloadStart = reader.offset
        // The payload's hash (a fifth of a `score` at a million answers, on one core) is worked out a
        // chunk per task on every core while one of them reads the state: reading is safe on any
        // bytes (every length and index is checked), and a state whose hash then fails is dropped.
        let chunks = ChunkedHash.chunks(in: raw.count - payloadStart)
        let parts = ParallelMap.map(chunks + 1) { part -> Part in
            let payload = UnsafeRawBufferPointer(rebasing: file.bytes[payloadStart...])
            guard part == 0 else { return .hash(ChunkedHash.hash(ofChunk: part - 1, in: payload)) }
            // The state keeps `file` mapped: its entries and notes are read in place.
            var body = BinaryReader(payload)
            guard let state = try? SessionState(reading: &body, in: file), body.isAtEnd else { return .state(nil) }
            return .state(state)
        }
        let hashes = parts.compactMap { part -> UInt64? in
            if case let .hash(hash) = part { return hash }
            return nil
        }
        let headerBytes = UnsafeRawBufferPointer(rebasing: raw[0..<headerLength])
        guard case let .state(state?) = parts[0],
              combined(payload: ChunkedHash.combined(hashes), header: ContentHash.of(headerBytes)) == expected
        else { return nil }
        return (state, header.stamp)
    }

    /// What each core brings back from `load`.
    private enum Part: Sendable {
        case hash(UInt64)
        case state(SessionState?)
    }

    /// Writes the checkpoint beside a temporary name, handing the state on a megabyte at a time
    /// and hashing it as it goes, then fills in the header's length and hash and renames it into place.
    package static func save(_ state: SessionState, journal: String, stamp: Stamp, writer: BackgroundWriter) {
        // Unique per call: two threads of one process (compare opens sessions on every core) may save at once.
        let target = path(journal: journal), temporary = target + "-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard let fd = createFile(temporary) else { return }
        var header = BinaryWriter()
        Header(stamp: stamp).write(to: &header)
        var payloadHash = ChunkedHash(), offset = header.count + 16  // the payload's length and the hash come first
        var body = BinaryWriter { piece in
            guard !writer.isAbandoned(journal) else { return false }
            payloadHash.feed(piece)
            defer { offset += piece.count }
            return PositionalWrite.all(fd, piece, at: offset)
        }
        var written = (try? state.write(to: &body)) != nil
        body.handOn(wholeBlocksOnly: true)
        let tail = body.bytes
        written = written && body.sinkAccepted && tail.withUnsafeBytes { PositionalWrite.all(fd, $0, at: offset) }
        header.int(UInt64(body.count))
        let headerHash = header.bytes.withUnsafeBytes { ContentHash.of($0) }
        header.int(combined(payload: tail.withUnsafeBytes { payloadHash.finish($0) }, header: headerHash))
        written = written && header.bytes.withUnsafeBytes { PositionalWrite.all(fd, $0, at: 0) }
        close(fd)
        if !written || rename(temporary, target) != 0 { unlink(temporary) }
    }

    /// The whole file's hash but for the hash field itself: the header's stamp is covered too.
    private static func combined(payload: UInt64, header: UInt64) -> UInt64 {
        payload &+ header &* 0x9E37_79B9_7F4A_7C15
    }

    /// Removes the checkpoint beside `journal`, once `writer` has given up its writes to it: before
    /// a rewrite that must not leave text behind.
    package static func remove(journal: String, writer: BackgroundWriter) {
        writer.abandonWrites(to: journal)
        unlink(path(journal: journal))
    }

    private struct Header {
        var stamp: Stamp

        func write(to writer: inout BinaryWriter) {
            for byte in Checkpoint.magic { writer.int(byte) }
            writer.int(Checkpoint.version)
            writer.string(JournalFormat.writer)
            stamp.write(to: &writer)
        }

        init(stamp: Stamp) {
            self.stamp = stamp
        }

        init(reading reader: inout BinaryReader) throws(BinaryReader.Invalid) {
            for byte in Checkpoint.magic where try reader.int(UInt8.self) != byte { throw BinaryReader.Invalid() }
            guard try reader.int(UInt32.self) == Checkpoint.version, try reader.string() == JournalFormat.writer else {
                throw BinaryReader.Invalid()
            }
            stamp = try Stamp(reading: &reader)
        }
    }
}
