import Dispatch

/// A long journal already in memory (a merge's result) parsed on a second core a chunk ahead of
/// replay, as `forEachParsed` does for one on disk, without copying it.
extension JournalLines {
    /// Calls `body` with every whole line of `raw` from `start` and the fast reader's fields (nil
    /// where it declined). Returns the offset just after the last whole line.
    package static func forEachParsed(
        in raw: UnsafeRawBufferPointer, from start: Int, chunk: Int = chunk,
        _ body: (UnsafeRawBufferPointer, LineFields?) throws(JournalError) -> Void
    ) throws(JournalError) -> Int {
        let queue = ChunkQueue(slots: 3)
        let reading = DispatchGroup()
        nonisolated(unsafe) let shared = raw  // read by both threads, never written; outlives them
        // A queue of its own, as for a journal on disk (`forEachParsed(in:from:to:)`).
        DispatchQueue(label: "workshop.read-ahead").async(group: reading) { cut(shared, from: start, chunk: chunk, into: queue) }
        defer {
            queue.cancel()
            reading.wait()
        }
        while true {
            let parsed = queue.take()
            if parsed.isEnd { return parsed.wholeUpTo }
            for index in 0..<parsed.count {
                try body(parsed.line(index), parsed.fields[index])
            }
        }
    }

    /// The reading side: `raw` cut after a newline about every `chunk` bytes, each piece parsed.
    private static func cut(_ raw: UnsafeRawBufferPointer, from start: Int, chunk: Int, into queue: ChunkQueue) {
        guard let base = raw.baseAddress else { return queue.put(ParsedChunk(failure: nil, wholeUpTo: start)) }
        var offset = start
        while offset < raw.count, !queue.isCancelled {
            // The first newline at or after the chunk's end closes the piece; near the end, the last
            // one there is (what follows it is a torn line).
            let from = min(offset + max(chunk, 1), raw.count) - 1
            guard let newline = JournalLine.end(in: raw, from: from) ?? lastNewline(in: raw, from: offset, before: from)
            else { break }
            let whole = newline + 1 - offset
            let bytes = UnsafeMutableRawPointer(mutating: base + offset)
            queue.put(ParsedChunk(taking: bytes, whole: whole, wholeUpTo: offset + whole, owned: false))
            offset += whole
        }
        queue.put(ParsedChunk(failure: nil, wholeUpTo: offset))
    }

    private static func lastNewline(in raw: UnsafeRawBufferPointer, from start: Int, before end: Int) -> Int? {
        var index = end - 1
        while index >= start {
            if raw[index] == 0x0a { return index }
            index -= 1
        }
        return nil
    }
}
