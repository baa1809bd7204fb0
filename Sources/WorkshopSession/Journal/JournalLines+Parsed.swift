#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// A long journal read and run through the fast reader on a second core while the first replays
/// what is ready: reading and parsing were about half of a first `summary` at a million answers.
extension JournalLines {
    /// From this many bytes to replay, the second core is worth its start-up.
    package static let parsedAheadFrom = 8 << 20

    /// As `forEach`, but each line comes with its fast-reader fields (nil where that reader
    /// declined), worked out ahead a chunk at a time; at most a few chunks wait in memory.
    package static func forEachParsed(
        in fd: Int32, from start: Int, to end: Int, path: String, chunk: Int = chunk,
        _ body: (UnsafeRawBufferPointer, LineFields?) throws(JournalError) -> Void
    ) throws(JournalError) -> Int {
        let queue = ChunkQueue(slots: 3)
        let reading = DispatchGroup()
        // A queue of its own, not the global pool: `compare` opens sessions on every pool thread, and
        // a reader queued behind them would wait for the pool to grow.
        DispatchQueue(label: "workshop.read-ahead").async(group: reading) {
            readAhead(fd, from: start, to: end, path: path, chunk: chunk, into: queue)
        }
        defer {
            queue.cancel()
            reading.wait()
        }
        while true {
            let parsed = queue.take()
            if parsed.isEnd {
                if let failure = parsed.failure { throw failure }
                return parsed.wholeUpTo
            }
            for index in 0..<parsed.count {
                try body(parsed.line(index), parsed.fields[index])
            }
        }
    }

    /// The reading side: chunks of whole lines parsed into `queue`, then an end (with the error
    /// that stopped it, if any). A partial last line is carried into the next chunk.
    private static func readAhead(_ fd: Int32, from start: Int, to end: Int, path: String, chunk: Int, into queue: ChunkQueue) {
        var carry = UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 16), carried = 0
        defer { carry.deallocate() }
        var offset = start, wholeUpTo = start
        while offset < end, !queue.isCancelled {
            let wanted = min(chunk, end - offset)
            let buffer = UnsafeMutableRawPointer.allocate(byteCount: carried + wanted, alignment: 16)
            buffer.copyMemory(from: carry, byteCount: carried)
            var got = 0
            while got < wanted {
                let count = pread(fd, buffer + carried + got, wanted - got, off_t(offset + got))
                if count < 0 && errno == EINTR { continue }
                if count < 0 {
                    let failure = JournalError.from(errno: errno, path: path, operation: "read")  // before free touches errno
                    buffer.deallocate()
                    queue.put(ParsedChunk(failure: failure, wholeUpTo: wholeUpTo))
                    return
                }
                if count == 0 { break }
                got += count
            }
            offset += got
            let held = carried + got
            let whole = lastNewline(in: buffer, count: held).map { $0 + 1 } ?? 0
            // What follows the last newline starts the next chunk.
            carry.deallocate()
            carry = UnsafeMutableRawPointer.allocate(byteCount: max(held - whole, 1), alignment: 16)
            carry.copyMemory(from: buffer + whole, byteCount: held - whole)
            carried = held - whole
            if whole > 0 {
                wholeUpTo += whole
                queue.put(ParsedChunk(taking: buffer, whole: whole, wholeUpTo: wholeUpTo))
            } else {
                buffer.deallocate()
            }
            if got < wanted { break }  // the file is shorter than it was
        }
        queue.put(ParsedChunk(failure: nil, wholeUpTo: wholeUpTo))
    }

    /// A backward scan (memrchr is a GNU extension Swift does not import): lines are short.
    private static func lastNewline(in buffer: UnsafeMutableRawPointer, count: Int) -> Int? {
        let bytes = buffer.assumingMemoryBound(to: UInt8.self)
        var index = count - 1
        while index >= 0 {
            if bytes[index] == 0x0a { return index }
            index -= 1
        }
        return nil
    }
}
